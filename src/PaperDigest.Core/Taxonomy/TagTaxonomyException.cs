namespace PaperDigest;

/// <summary>A taxonomy file could not be read: malformed JSON or a concept that breaks the schema.</summary>
public sealed class TagTaxonomyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TagTaxonomyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and where.</param>
    public TagTaxonomyException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The cause.</param>
    public TagTaxonomyException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
