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

    /// <summary>
    /// The index in <see cref="DigestDocument.Sections"/> of the section this one is part of (a group header's
    /// sub-section: <c>视觉理解 29 篇</c> under <c>应用 107 篇 · 9 个细分</c>); <see langword="null"/> at the top level.
    /// </summary>
    public int? ParentIndex { get; init; }
}
