using System.Runtime.InteropServices;

namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// The parts of one catalog paper as offsets into the input, until the paper is complete. One draft is
/// reused for every paper of a parse (<see cref="Reset"/>), so a paper costs only what its entry keeps.
/// </summary>
internal sealed class PaperDraft
{
    /// <summary>Where continuation lines go: nowhere, the TL;DR, or a field (by index into <see cref="Fields"/>).</summary>
    public const int NoTarget = -2;
    public const int TlDrTarget = -1;

    public TextRange TlDr = TextRange.Empty;
    public TextRange Abstract = TextRange.Empty;

    public int FirstLine { get; private set; }
    public int LastLine { get; set; }
    public string? Domain { get; set; }
    public string? Category { get; set; }
    public List<DigestTag> Tags { get; } = [];
    public List<FieldDraft> Fields { get; } = [];
    public int Target { get; set; } = NoTarget;
    public bool HasAbstractMarker { get; set; }

    public bool HasContent => Fields.Count > 0 || !TlDr.IsEmpty || HasAbstractMarker;

    public void Reset(int firstLine)
    {
        FirstLine = LastLine = firstLine;
        Domain = Category = null;
        Tags.Clear();
        Fields.Clear();
        TlDr = TextRange.Empty;
        Abstract = TextRange.Empty;
        Target = NoTarget;
        HasAbstractMarker = false;
    }

    public void ExtendTarget(int start, int end)
    {
        if (Target == TlDrTarget)
        {
            TlDr.Extend(start, end);
        }
        else if (Target >= 0)
        {
            CollectionsMarshal.AsSpan(Fields)[Target].Range.Extend(start, end);
        }
    }
}

/// <summary>One labelled field of a paper draft.</summary>
internal struct FieldDraft(EntryField field, int line)
{
    public TextRange Range = TextRange.Empty;

    public readonly EntryField Field { get; } = field;
    public readonly int Line { get; } = line;
}
