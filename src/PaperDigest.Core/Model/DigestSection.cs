namespace PaperDigest;

/// <summary>A titled part of a document: a catalog category, a brief's overview or closing observation, a blog chapter.</summary>
public sealed class DigestSection
{
    /// <summary>The section title as written (without its count).</summary>
    public required string Title { get; init; }

    /// <summary>The entry count the header declares (<c>推理与思维链169 篇</c> declares 169), if it declares one.</summary>
    public int? DeclaredCount { get; init; }

    /// <summary>How many entries the parser found in the section.</summary>
    public int EntryCount { get; init; }

    /// <summary>Text that belongs to the section itself rather than to an entry (an overview, a closing note).</summary>
    public string? Body { get; init; }

    /// <summary>The input lines the section covers, header included.</summary>
    public LineSpan Span { get; init; }
}
