using System.Collections.Frozen;

namespace PaperDigest.Parsing;

/// <summary>
/// The label vocabulary shared by every parser: the catalog's field labels (<c>🎯 研究动机</c>,
/// <c>❓ 解决问题</c>, ...) in Simplified, Traditional and English spellings, the TL;DR label and the
/// abstract marker. Matching skips emoji (with or without variation selectors, look-alikes included),
/// bullets and Markdown bold, and accepts the content glued to the label, after a colon, or on later lines.
/// </summary>
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

    // Labels bucketed by their first character (upper-cased), longest first, so a line costs one lookup.
    private static readonly FrozenDictionary<char, (string Label, EntryField Field)[]> ByFirstChar = Vocabulary
        .SelectMany(v => v.Labels.Select(label => (Label: label, v.Field)))
        .GroupBy(x => char.ToUpperInvariant(x.Label[0]))
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(x => x.Label.Length).ToArray());

    /// <summary>The labels that name <paramref name="field"/>, in every spelling the parsers accept.</summary>
    /// <param name="field">A well-known field.</param>
    /// <returns>The labels, or an empty list for a field outside the vocabulary.</returns>
    public static IReadOnlyList<string> LabelsOf(EntryField field) =>
        Array.Find(Vocabulary, v => v.Field == field).Labels ?? [];

    /// <summary>
    /// Recognizes a field line. A known label matches when an emoji precedes it, a colon follows it,
    /// or it stands alone on the line. An unknown label matches only behind an emoji and before a colon
    /// (<c>💡 启发：...</c>), or as the bare emoji when no colon follows (the emoji names the field then).
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="match">The field and where its content starts.</param>
    /// <returns><see langword="true"/> when the line is a field line.</returns>
    public static bool TryMatch(ReadOnlySpan<char> line, out FieldLabelMatch match)
    {
        match = default;
        var start = LabelText.SkipDecoration(line, out var hadSymbol);
        if (start >= line.Length)
        {
            return false;
        }

        var rest = line[start..];
        if (ByFirstChar.TryGetValue(char.ToUpperInvariant(rest[0]), out var candidates))
        {
            foreach (var (label, field) in candidates)
            {
                if (!rest.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var after = rest[label.Length..];
                if (char.IsAsciiLetter(label[^1]) && after.Length > 0 && char.IsAsciiLetterOrDigit(after[0]))
                {
                    continue; // "Methods" must not match as "Method" + "s".
                }

                var skip = LabelText.SkipSeparator(after, out var hadColon);
                if (hadSymbol || hadColon || skip == after.Length)
                {
                    match = new FieldLabelMatch(field, start + label.Length + skip, IsKnown: true, hadSymbol);
                    return true;
                }
            }
        }

        return hadSymbol && TryMatchUnknown(line, start, out match);
    }

    /// <summary>Recognizes a TL;DR line (<c>TL;DR:</c>, <c>TLDR：</c>, <c>**TL;DR**</c>, <c>一句话总结：</c>).</summary>
    /// <param name="line">The line.</param>
    /// <param name="contentStart">Where the TL;DR text starts (the line length when it follows on the next line).</param>
    /// <returns><see langword="true"/> for a TL;DR line.</returns>
    public static bool TryMatchTlDr(ReadOnlySpan<char> line, out int contentStart) =>
        TryMatchMarker(line, TlDrLabels, requireSeparator: true, out contentStart);

    /// <summary>
    /// Recognizes the line that opens an abstract (<c>查看完整摘要 (Abstract)</c>, <c>摘要：</c>, <c>Abstract:</c>);
    /// text after the marker is the abstract's first line.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="contentStart">Where inline abstract text starts (the line length when none).</param>
    /// <returns><see langword="true"/> for an abstract marker.</returns>
    public static bool TryMatchAbstractMarker(ReadOnlySpan<char> line, out int contentStart)
    {
        if (!TryMatchMarker(line, AbstractMarkers, requireSeparator: true, out contentStart))
        {
            return false;
        }

        // "查看完整摘要 (Abstract)": the parenthesized English name belongs to the marker.
        var rest = line[contentStart..];
        foreach (var suffix in (ReadOnlySpan<string>)["(Abstract)", "（Abstract）"])
        {
            if (rest.StartsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                contentStart += suffix.Length;
                contentStart += LabelText.SkipSeparator(line[contentStart..], out _);
                break;
            }
        }

        return true;
    }

    private static bool TryMatchMarker(ReadOnlySpan<char> line, string[] markers, bool requireSeparator, out int contentStart)
    {
        contentStart = 0;
        var start = LabelText.SkipDecoration(line, out _);
        var rest = line[start..];
        foreach (var marker in markers)
        {
            if (!rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var after = rest[marker.Length..];
            var skip = LabelText.SkipSeparator(after, out var hadColon);
            var alone = skip == after.Length || after[skip..].TrimStart().StartsWith('(') || after[skip..].TrimStart().StartsWith('（');
            if (!requireSeparator || hadColon || alone)
            {
                contentStart = start + marker.Length + skip;
                return true;
            }
        }

        return false;
    }

    private static bool TryMatchUnknown(ReadOnlySpan<char> line, int start, out FieldLabelMatch match)
    {
        var rest = line[start..];
        var colon = rest[..Math.Min(rest.Length, 20)].IndexOfAny(':', '：');
        if (colon > 0)
        {
            var label = rest[..colon].Trim().ToString();
            var contentStart = start + colon + LabelText.SkipSeparator(rest[colon..], out _);
            match = new FieldLabelMatch(new EntryField(label), contentStart, IsKnown: false, HadSymbol: true);
            return true;
        }

        var symbol = line[..start].Trim().ToString();
        match = new FieldLabelMatch(new EntryField(symbol.Length > 0 ? symbol : "?"), start, IsKnown: false, HadSymbol: true);
        return true;
    }
}
