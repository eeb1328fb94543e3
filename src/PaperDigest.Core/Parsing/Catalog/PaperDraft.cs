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
    public TagList Tags { get; } = new();
    public List<FieldDraft> Fields { get; } = [];
    public int Target { get; set; } = NoTarget;
    public bool HasAbstractMarker { get; set; }

    /// <summary>Whether a heading opened the paper (<c>### [1] [Title](url)</c>) rather than badge lines.</summary>
    public bool IsHeaded { get; set; }

    /// <summary>The heading line of a headed paper (its links are the paper's first).</summary>
    public int HeadLine { get; set; } = -1;

    /// <summary>The level of a headed paper's heading: deeper headings are parts of the paper.</summary>
    public int HeadLevel { get; set; }

    /// <summary>Lines of a headed paper's head that hold its links (a toolbar with arXiv and PDF links).</summary>
    public List<int> HeadLinkLines { get; } = [];

    /// <summary>Whether a field label carried an emoji (<c>🎯 研究动机</c>): the six-field catalog layout.</summary>
    public bool HasMarkedField { get; set; }

    public string? Title { get; set; }

    /// <summary>The badge row's text before the hashtags (<c>基础/前沿模型 (含LLM)</c>): the area, when nothing else names it.</summary>
    public string? Badges { get; set; }

    public int? Number { get; set; }
    public string[]? Authors { get; set; }

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
        IsHeaded = false;
        HeadLine = -1;
        HeadLevel = 0;
        HeadLinkLines.Clear();
        HasMarkedField = false;
        Title = null;
        Badges = null;
        Number = null;
        Authors = null;
    }

    /// <summary>Makes <paramref name="field"/> the target of the next text, adding it at <paramref name="line"/> when new.</summary>
    /// <returns>Whether the paper had the field already (its texts are then joined).</returns>
    public bool TargetField(EntryField field, int line)
    {
        // A loop, not FindIndex with a lambda: the lambda captures the field, a closure and a delegate per field line.
        var fields = CollectionsMarshal.AsSpan(Fields);
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Field == field)
            {
                Target = i;
                return true;
            }
        }

        Fields.Add(new FieldDraft(field, line));
        Target = Fields.Count - 1;
        return false;
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
