namespace PaperDigest.Parsing;

/// <summary>
/// The paper-field view of <see cref="LabelTable"/>: the catalog's field labels (<c>🎯 研究动机</c>,
/// <c>❓ 解决问题</c>, ...), the TL;DR label and the abstract marker, plus unknown labels behind an emoji.
/// Matching skips emoji (with or without variation selectors, look-alikes included), bullets and Markdown
/// bold, and accepts the content glued to the label, after a colon, or on later lines.
/// </summary>
public static class FieldLabels
{
    /// <summary>The labels that name <paramref name="field"/>, in every spelling the parsers accept.</summary>
    /// <param name="field">A well-known field.</param>
    /// <returns>The labels, or an empty list for a field outside the vocabulary.</returns>
    public static IReadOnlyList<string> LabelsOf(EntryField field) => LabelTable.LabelsOf(field);

    /// <summary>
    /// Tells what label <paramref name="line"/> starts with. A known field label counts when an emoji
    /// precedes it, an explicit separator (colon, closing bold) follows it, or it stands alone; TL;DR and
    /// the abstract marker need a separator or to stand alone. An unknown label counts only behind an emoji.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="match">For <see cref="LabelKind.Field"/> and <see cref="LabelKind.UnknownField"/>: the field;
    /// for every kind: where the content after the label starts.</param>
    /// <returns>The kind of label, or <see cref="LabelKind.None"/>.</returns>
    public static LabelKind Classify(ReadOnlySpan<char> line, out FieldLabelMatch match)
    {
        if (LabelTable.TryMatch(line, LabelGroups.EntryFields, out var label))
        {
            match = new FieldLabelMatch(label.Field, label.ContentStart, IsKnown: true, label.HadSymbol);
            return label.Role switch
            {
                LabelRole.TlDr => LabelKind.TlDr,
                LabelRole.Abstract => LabelKind.AbstractMarker,
                _ => LabelKind.Field,
            };
        }

        var start = LabelText.SkipDecoration(line, out var hadSymbol);
        match = hadSymbol && start < line.Length ? UnknownLabel(line, start) : default;
        return hadSymbol && start < line.Length ? LabelKind.UnknownField : LabelKind.None;
    }

    /// <summary>Recognizes a field line (known or unknown label); see <see cref="Classify"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="match">The field and where its content starts.</param>
    /// <returns><see langword="true"/> when the line is a field line.</returns>
    public static bool TryMatch(ReadOnlySpan<char> line, out FieldLabelMatch match) =>
        Classify(line, out match) is LabelKind.Field or LabelKind.UnknownField;

    /// <summary>Recognizes a TL;DR line (<c>TL;DR:</c>, <c>TLDR：</c>, <c>**TL;DR**</c>, <c>一句话总结：</c>).</summary>
    /// <param name="line">The line.</param>
    /// <param name="contentStart">Where the TL;DR text starts (the line length when it follows on the next line).</param>
    /// <returns><see langword="true"/> for a TL;DR line.</returns>
    public static bool TryMatchTlDr(ReadOnlySpan<char> line, out int contentStart)
    {
        var kind = Classify(line, out var match);
        contentStart = match.ContentStart;
        return kind == LabelKind.TlDr;
    }

    /// <summary>
    /// Recognizes the line that opens an abstract (<c>查看完整摘要 (Abstract)</c>, <c>摘要：</c>, <c>Abstract:</c>);
    /// text after the marker is the abstract's first line.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="contentStart">Where inline abstract text starts (the line length when none).</param>
    /// <returns><see langword="true"/> for an abstract marker.</returns>
    public static bool TryMatchAbstractMarker(ReadOnlySpan<char> line, out int contentStart)
    {
        var kind = Classify(line, out var match);
        contentStart = match.ContentStart;
        return kind == LabelKind.AbstractMarker;
    }

    private const int MaxAloneLabelLength = 16;

    private static FieldLabelMatch UnknownLabel(ReadOnlySpan<char> line, int start)
    {
        var rest = line[start..];
        var colon = rest[..Math.Min(rest.Length, 20)].IndexOfAny(':', '：');
        if (colon > 0)
        {
            var label = rest[..colon].Trim().Trim("*_").Trim().ToString();
            var contentStart = start + colon + LabelText.SkipSeparator(rest[colon..], out _);
            return new FieldLabelMatch(new EntryField(label), contentStart, IsKnown: false, HadSymbol: true);
        }

        // A short label alone on its line ("💡 启发"): the value follows on the next lines.
        var alone = rest.Trim().Trim("*_").Trim();
        if (alone.Length is > 0 and <= MaxAloneLabelLength && alone.Count(' ') < 3 && !LineShape.EndsLikeSentence(alone))
        {
            return new FieldLabelMatch(new EntryField(alone.ToString()), line.Length, IsKnown: false, HadSymbol: true);
        }

        // No colon: the emoji itself names the field.
        var symbol = line[..start].Trim().TrimStart("#>-*•· ").Trim().ToString();
        return new FieldLabelMatch(new EntryField(symbol.Length > 0 ? symbol : "?"), start, IsKnown: false, HadSymbol: true);
    }
}
