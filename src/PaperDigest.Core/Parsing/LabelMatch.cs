namespace PaperDigest.Parsing;

/// <summary>A label found at the start of a line by <see cref="LabelTable.TryMatch"/>.</summary>
/// <param name="Role">What the label introduces.</param>
/// <param name="Field">For <see cref="LabelRole.Field"/>: the field; otherwise <see langword="default"/>.</param>
/// <param name="Label">The label as the table spells it.</param>
/// <param name="ContentStart">Where the value after the label (and its colon, closing bold, bracket) starts; the line length when none follows.</param>
/// <param name="HadSymbol">Whether an emoji or other symbol came before the label (<c>🎯 研究动机</c>).</param>
/// <param name="HadColon">Whether a colon followed the label, inside or outside bold (<c>**论文链接**：</c>, <c>Method:</c>).</param>
/// <param name="HadSeparator">Whether a colon, closing bold or closing bracket followed the label.</param>
/// <param name="IsAlone">Whether nothing but separators follows the label on its line (the value, if any, is on the next lines).</param>
public readonly record struct LabelMatch(
    LabelRole Role, EntryField Field, string Label, int ContentStart, bool HadSymbol, bool HadColon, bool HadSeparator, bool IsAlone);
