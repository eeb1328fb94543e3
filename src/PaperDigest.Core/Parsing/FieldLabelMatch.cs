namespace PaperDigest.Parsing;

/// <summary>A labelled line recognized by <see cref="FieldLabels"/>.</summary>
/// <param name="Field">The field the label names (a custom <see cref="EntryField"/> for an unknown label).</param>
/// <param name="ContentStart">Index in the line where the content after the label and separator starts.</param>
/// <param name="IsKnown">Whether the label is in the vocabulary.</param>
/// <param name="HadSymbol">Whether an emoji or symbol preceded the label.</param>
public readonly record struct FieldLabelMatch(EntryField Field, int ContentStart, bool IsKnown, bool HadSymbol);
