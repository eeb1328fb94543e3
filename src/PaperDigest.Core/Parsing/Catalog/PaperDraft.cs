namespace PaperDigest.Parsing.Catalog;

/// <summary>The parts of one catalog paper as offsets into the input, until the paper is complete.</summary>
internal sealed class PaperDraft(int firstLine)
{
    /// <summary>Where continuation lines go: nowhere, the TL;DR, or a field (by index into <see cref="Fields"/>).</summary>
    public const int NoTarget = -2;
    public const int TlDrTarget = -1;

    public int FirstLine { get; } = firstLine;
    public int LastLine { get; set; } = firstLine;
    public string? Domain { get; set; }
    public string? Category { get; set; }
    public List<string> Tags { get; } = [];
    public TextRange TlDr = TextRange.Empty;
    public TextRange Abstract = TextRange.Empty;
    public List<FieldDraft> Fields { get; } = [];
    public int Target { get; set; } = NoTarget;
    public bool HasAbstractMarker { get; set; }

    public bool HasContent => Fields.Count > 0 || !TlDr.IsEmpty || HasAbstractMarker;

    public void ExtendTarget(int start, int end)
    {
        if (Target == TlDrTarget)
        {
            TlDr.Extend(start, end);
        }
        else if (Target >= 0)
        {
            Fields[Target].Range.Extend(start, end);
        }
    }
}

/// <summary>One labelled field of a paper draft.</summary>
internal sealed class FieldDraft(EntryField field, int line)
{
    public EntryField Field { get; } = field;
    public int Line { get; } = line;
    public TextRange Range = TextRange.Empty;
}
