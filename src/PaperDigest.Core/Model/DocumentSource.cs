namespace PaperDigest;

/// <summary>Where a document says it came from.</summary>
/// <param name="Url">The source URL, when the document names one.</param>
/// <param name="Publisher">The publishing outlet, when the document names one.</param>
public sealed record DocumentSource(string? Url, string? Publisher);
