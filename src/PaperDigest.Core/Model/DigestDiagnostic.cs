namespace PaperDigest;

/// <summary>Something a parse noticed about its input: a stable code, a message and the line it concerns.</summary>
/// <param name="Severity">How much the finding matters.</param>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>; safe to match on.</param>
/// <param name="Message">A human-readable description; wording may change between versions.</param>
/// <param name="Line">The 1-based line the finding concerns, or <see langword="null"/> for the whole document.</param>
public sealed record DigestDiagnostic(DiagnosticSeverity Severity, string Code, string Message, int? Line)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line is { } line ? $"{Severity} {Code} (line {line}): {Message}" : $"{Severity} {Code}: {Message}";
}
