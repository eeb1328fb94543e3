using System.Collections.Frozen;

namespace PaperDigest.Parsing;

/// <summary>
/// The label vocabulary shared by every parser: the catalog's field labels (<c>🎯 研究动机</c>,
/// <c>❓ 解决问题</c>, ...) in Simplified, Traditional and English spellings, the TL;DR label and the
/// abstract marker. Matching skips emoji (with or without variation selectors, look-alikes included),
/// bullets and Markdown bold, and accepts the content glued to the label, after a colon, or on later lines.
/// </summary>
/// <remarks>One dictionary lookup on the first letter of a line finds every label it could start with.</remarks>
public static class FieldLabels
{
    private static readonly (EntryField Field, string[] Labels)[] Vocabulary =
    [
        (EntryField.Motivation, ["研究动机", "研究動機", "动机", "動機", "Research Motivation", "Motivation"]),
        (EntryField.Problem, ["解决问题", "解決問題", "解决的问题", "解決的問題", "研究问题", "研究問題", "问题", "問題", "Problem Solved", "Research Problem", "Problem"]),
        (EntryField.Analysis, ["现象分析", "現象分析", "关键发现", "關鍵發現", "发现", "發現", "分析", "Key Findings", "Findings", "Analysis", "Observations"]),
        (EntryField.Method, ["主要方法", "核心方法", "方法", "Methodology", "Methods", "Method", "Approach"]),
        (EntryField.Experiments, ["数据与实验", "數據與實驗", "数据和实验", "數據和實驗", "实验结果", "實驗結果", "实验", "實驗", "Data and Experiments", "Data & Experiments", "Experiments", "Results"]),
        (EntryField.Contributions, ["主要贡献", "主要貢獻", "核心贡献", "核心貢獻", "贡献", "貢獻", "Main Contributions", "Key Contributions", "Contributions"]),
        (EntryField.Limitations, ["局限性与不足", "局限性", "局限與不足", "局限与不足", "研究局限", "局限", "不足", "Limitations"]),
    ];

    private static readonly string[] TlDrLabels = ["TL;DR", "TL; DR", "TLDR", "TL:DR", "一句话总结", "一句話總結"];
    private static readonly string[] AbstractMarkers = ["查看完整摘要", "完整摘要", "摘要", "Abstract"];
    private static readonly string[] AbstractSuffixes = ["(Abstract)", "（Abstract）"];

    // Every label bucketed by its first character (upper-cased), longest first.
    private static readonly FrozenDictionary<char, Label[]> ByFirstChar = Vocabulary
        .SelectMany(v => v.Labels.Select(text => new Label(text, LabelKind.Field, v.Field)))
        .Concat(TlDrLabels.Select(text => new Label(text, LabelKind.TlDr, default)))
        .Concat(AbstractMarkers.Select(text => new Label(text, LabelKind.AbstractMarker, default)))
        .GroupBy(label => char.ToUpperInvariant(label.Text[0]))
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(label => label.Text.Length).ToArray());

    // Every field label to its field, for the whole-word lookup of a compound label's tail.
    private static readonly FrozenDictionary<string, EntryField> FieldByLabel = Vocabulary
        .SelectMany(v => v.Labels.Select(text => (text, v.Field)))
        .DistinctBy(p => p.text, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.text, p => p.Field, StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest text a compound label's tail may have (<c>方法局限</c>: <c>局限</c>).</summary>
    private const int MaxTailLength = 8;

    /// <summary>The labels that name <paramref name="field"/>, in every spelling the parsers accept.</summary>
    /// <param name="field">A well-known field.</param>
    /// <returns>The labels, or an empty list for a field outside the vocabulary.</returns>
    public static IReadOnlyList<string> LabelsOf(EntryField field) =>
        Array.Find(Vocabulary, v => v.Field == field).Labels ?? [];

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
        match = default;
        var start = LabelText.SkipDecoration(line, out var hadSymbol);
        if (start >= line.Length)
        {
            return LabelKind.None;
        }

        var rest = line[start..];
        if (ByFirstChar.TryGetValue(char.ToUpperInvariant(rest[0]), out var candidates))
        {
            foreach (var label in candidates)
            {
                if (TryLabel(line, start, label, hadSymbol, out match))
                {
                    return label.Kind;
                }
            }
        }

        if (hadSymbol)
        {
            match = UnknownLabel(line, start);
            return LabelKind.UnknownField;
        }

        return LabelKind.None;
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

    private static bool TryLabel(ReadOnlySpan<char> line, int start, Label label, bool hadSymbol, out FieldLabelMatch match)
    {
        match = default;
        var rest = line[start..];
        if (!rest.StartsWith(label.Text, label.IsAscii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return false;
        }

        var after = rest[label.Text.Length..];
        if (label.IsAscii && after.Length > 0 && char.IsAsciiLetterOrDigit(after[0]))
        {
            return false; // "Methods" is not "Method" + "s"; "Abstraction" is no marker.
        }

        var skip = LabelText.SkipSeparator(after, out var hadSeparator);
        var alone = skip == after.Length;
        var contentStart = start + label.Text.Length + skip;
        if (label.Kind == LabelKind.Field && !label.IsAscii && !hadSeparator && CompoundTail(after) is { } tail)
        {
            // "⚠️方法局限" alone on its line is "limitations of the method": a Chinese compound names its
            // field by its last part, so 方法 (method) + 局限 (limitations) is limitations, not method.
            match = new FieldLabelMatch(tail, line.Length, IsKnown: true, hadSymbol);
            return true;
        }

        switch (label.Kind)
        {
            case LabelKind.Field when hadSymbol || hadSeparator || alone:
                match = new FieldLabelMatch(label.Field, contentStart, IsKnown: true, hadSymbol);
                return true;
            case LabelKind.TlDr when hadSeparator || alone:
                match = new FieldLabelMatch(default, contentStart, IsKnown: true, hadSymbol);
                return true;
            case LabelKind.AbstractMarker when hadSeparator || alone || after[skip..].StartsWith(AbstractSuffixes[0][0]) || after[skip..].StartsWith(AbstractSuffixes[1][0]):
                match = new FieldLabelMatch(default, SkipAbstractSuffix(line, contentStart), IsKnown: true, hadSymbol);
                return true;
            default:
                return false;
        }
    }

    // The rest of a line that is itself a whole field label (and nothing else but a trailing colon).
    private static EntryField? CompoundTail(ReadOnlySpan<char> after)
    {
        var tail = after.TrimEnd(" \t:：");
        if (tail.IsEmpty || tail.Length > MaxTailLength)
        {
            return null;
        }

        var lookup = FieldByLabel.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(tail, out var field) ? field : null;
    }

    // "查看完整摘要 (Abstract)": the parenthesized English name belongs to the marker.
    private static int SkipAbstractSuffix(ReadOnlySpan<char> line, int contentStart)
    {
        foreach (var suffix in AbstractSuffixes)
        {
            if (line[contentStart..].StartsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var afterSuffix = contentStart + suffix.Length;
                return afterSuffix + LabelText.SkipSeparator(line[afterSuffix..], out _);
            }
        }

        return contentStart;
    }

    private static FieldLabelMatch UnknownLabel(ReadOnlySpan<char> line, int start)
    {
        var rest = line[start..];
        var colon = rest[..Math.Min(rest.Length, 20)].IndexOfAny(':', '：');
        if (colon > 0)
        {
            var label = rest[..colon].Trim().ToString();
            var contentStart = start + colon + LabelText.SkipSeparator(rest[colon..], out _);
            return new FieldLabelMatch(new EntryField(label), contentStart, IsKnown: false, HadSymbol: true);
        }

        // No colon: the emoji itself names the field.
        var symbol = line[..start].Trim().ToString();
        return new FieldLabelMatch(new EntryField(symbol.Length > 0 ? symbol : "?"), start, IsKnown: false, HadSymbol: true);
    }

    private readonly record struct Label(string Text, LabelKind Kind, EntryField Field)
    {
        public bool IsAscii { get; } = System.Text.Ascii.IsValid(Text);
    }
}
