namespace PaperDigest.Parsing;

/// <summary>What a labelled line starts with, as told by <see cref="FieldLabels.Classify"/>.</summary>
public enum LabelKind
{
    /// <summary>No label: ordinary text.</summary>
    None,

    /// <summary>A known field label (<c>🎯 研究动机</c>, <c>Method:</c>).</summary>
    Field,

    /// <summary>An unknown label behind an emoji (<c>💡 启发：</c>).</summary>
    UnknownField,

    /// <summary>A TL;DR label.</summary>
    TlDr,

    /// <summary>The marker that opens an abstract.</summary>
    AbstractMarker,
}
