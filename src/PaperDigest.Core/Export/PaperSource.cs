namespace PaperDigest;

/// <summary>A document a paper was read from.</summary>
/// <param name="Path">The file's path, or the document's title where it was not read from a file.</param>
/// <param name="Ordinal">The entry's ordinal in the document.</param>
/// <param name="Format">The document's layout.</param>
public sealed record PaperSource(string? Path, int Ordinal, DigestFormat Format);
