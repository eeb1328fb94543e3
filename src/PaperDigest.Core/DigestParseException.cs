namespace PaperDigest;

/// <summary>
/// The one exception a parse throws about its input: in <see cref="ParseMode.Strict"/> when the parse
/// produces a warning or error, and in any mode when the input exceeds <see cref="DigestOptions.MaxInputLength"/>.
/// </summary>
public sealed class DigestParseException : Exception
{
    /// <summary>Creates the exception with no diagnostics.</summary>
    public DigestParseException() : this("The digest could not be parsed.", [])
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">What went wrong.</param>
    public DigestParseException(string message) : this(message, [])
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DigestParseException(string message, Exception innerException) : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message and the diagnostics that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="diagnostics">The diagnostics of the failed parse.</param>
    public DigestParseException(string message, IReadOnlyList<DigestDiagnostic> diagnostics) : base(message)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every diagnostic of the failed parse, in line order.</summary>
    public IReadOnlyList<DigestDiagnostic> Diagnostics { get; }

    /// <summary>The partially parsed document, when the parse got that far (strict mode).</summary>
    public DigestDocument? Document { get; init; }
}
