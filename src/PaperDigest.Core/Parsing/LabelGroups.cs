namespace PaperDigest.Parsing;

/// <summary>Which labels of <see cref="LabelTable"/> a match may find: a parser asks only for the ones its layout uses.</summary>
[Flags]
public enum LabelGroups
{
    /// <summary>No label.</summary>
    None = 0,

    /// <summary><see cref="LabelRole.Field"/>, <see cref="LabelRole.TlDr"/> and <see cref="LabelRole.Abstract"/>.</summary>
    EntryFields = 1,

    /// <summary><see cref="LabelRole.PaperTitle"/> and the link roles (paper, code, project, demo).</summary>
    PaperLinks = 2,

    /// <summary>The parts of a brief (overview, featured, more, observation).</summary>
    BriefParts = 4,

    /// <summary>Labels of a paper's head: <see cref="LabelRole.MainCategory"/>, <see cref="LabelRole.Authors"/> and <see cref="LabelRole.Keywords"/>.</summary>
    PaperHead = 8,

    /// <summary>Labels of a news item or post rather than a paper: <see cref="LabelRole.Source"/>.</summary>
    ItemHead = 16,

    /// <summary>Every label.</summary>
    All = EntryFields | PaperLinks | BriefParts | PaperHead | ItemHead,
}
