namespace PaperDigest.Parsing.Brief;

/// <summary>An item of a brief as read, before its label is split off: its number, its lines and its links.</summary>
internal sealed class BriefItemDraft(BriefPart part, string partTitle, int? number, int firstLine)
{
    public BriefPart Part { get; } = part;
    public string PartTitle { get; } = partTitle;

    /// <summary>The item's number as written, or <see langword="null"/> for items without one.</summary>
    public int? Number { get; } = number;

    /// <summary>How the item was opened (its title is a heading's, a list item's lead, or after a number).</summary>
    public BriefItemStyle Style { get; init; }

    /// <summary>The title a list item writes in bold or as a link at its start (<c>- **[title](url)** — text</c>), if any.</summary>
    public string? LeadTitle { get; init; }

    public int FirstLine { get; } = firstLine;
    public int LastLine { get; set; } = firstLine;

    /// <summary>The text after the number on the number line (may be empty).</summary>
    public string Head { get; set; } = "";

    /// <summary>The item's following lines, as plain text with their block kind.</summary>
    public List<MarkdownLine> Lines { get; } = [];
    public List<DigestLink> Links { get; } = [];
}
