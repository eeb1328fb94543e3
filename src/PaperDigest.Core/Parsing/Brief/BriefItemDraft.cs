namespace PaperDigest.Parsing.Brief;

/// <summary>An item of a brief as read, before its label is split off: its number, its lines and its links.</summary>
internal sealed class BriefItemDraft(BriefPart part, string partTitle, int number, int firstLine)
{
    public BriefPart Part { get; } = part;
    public string PartTitle { get; } = partTitle;
    public int Number { get; } = number;
    public int FirstLine { get; } = firstLine;
    public int LastLine { get; set; } = firstLine;

    /// <summary>The text after the number on the number line (may be empty).</summary>
    public string Head { get; set; } = "";

    /// <summary>The item's following lines, as plain text with their block kind.</summary>
    public List<MarkdownLine> Lines { get; } = [];
    public List<DigestLink> Links { get; } = [];
}
