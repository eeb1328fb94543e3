using PaperDigest.Internals;
using System.Collections.Frozen;

namespace PaperDigest.Parsing;

/// <summary>
/// The one label vocabulary every parser reads: paper fields, TL;DR and abstract markers, paper and code
/// link labels, and the parts of a brief, each in Simplified Chinese, Traditional Chinese and English. A
/// line matches when, after decoration (emoji, bullets, <c>&gt;</c>, bold, Markdown heading marks), it starts
/// with a label: the longest one wins, an English label must end at a word boundary (<c>Methods</c> is not
/// <c>Method</c> + <c>s</c>), and a Chinese compound names its field by its last part (<c>方法局限</c> is
/// limitations, not method). The colon may sit inside or outside bold, and the value may be glued to the
/// label, follow its colon, or come on the next lines.
/// </summary>
/// <remarks>
/// Each role has its own rule for when a label counts: a field label needs an emoji before it, a separator
/// after it, or to stand alone; TL;DR and the abstract need a separator or to stand alone; link and head labels
/// need a colon or to stand alone (a table's header cell); brief parts stand alone. One dictionary lookup on the first letter finds every candidate.
/// </remarks>
public static class LabelTable
{
    private static readonly (LabelRole Role, EntryField Field, string[] Labels)[] Vocabulary =
    [
        (LabelRole.Field, EntryField.Motivation, ["研究动机", "研究動機", "动机", "動機", "研究背景", "背景", "Research Motivation", "Motivation", "Background"]),
        (LabelRole.Field, EntryField.Problem, ["解决问题", "解決問題", "解决的问题", "解決的問題", "研究问题", "研究問題", "问题", "問題", "Problem Solved", "Research Problem", "Problem"]),
        (LabelRole.Field, EntryField.Analysis, ["现象分析", "現象分析", "关键发现", "關鍵發現", "发现", "發現", "分析", "Key Findings", "Findings", "Analysis", "Observations"]),
        (LabelRole.Field, EntryField.Method, ["主要方法", "核心方法", "方法详解", "方法詳解", "方法", "Methodology", "Methods", "Method", "Approach"]),
        (LabelRole.Field, EntryField.Experiments, ["数据与实验", "數據與實驗", "数据和实验", "數據和實驗", "实验结果", "實驗結果", "实验亮点", "實驗亮點", "实验", "實驗", "Data and Experiments", "Data & Experiments", "Experiments", "Results", "Result"]),
        (LabelRole.Field, EntryField.Contributions, ["主要贡献", "主要貢獻", "核心贡献", "核心貢獻", "贡献", "貢獻", "Main Contributions", "Key Contributions", "Contributions", "Contribution"]),
        (LabelRole.Field, EntryField.Limitations, ["局限性与不足", "局限性", "局限與不足", "局限与不足", "研究局限", "局限", "不足", "Limitations", "Caveats", "Caveat"]),
        (LabelRole.Field, EntryField.Conclusion, ["结论", "結論", "Conclusions", "Conclusion"]),
        (LabelRole.Field, EntryField.Highlights, ["核心要点", "核心要點", "主要要点", "主要要點", "Key points", "Key Takeaways"]),
        (LabelRole.Field, EntryField.Applications, ["应用场景", "應用場景", "应用前景", "應用前景", "Applications", "Use cases"]),
        (LabelRole.Field, EntryField.Comment, ["备注", "備註", "Comments", "Comment"]),
        (LabelRole.Field, EntryField.TranslatedAbstract, ["摘要（中文）", "摘要(中文)", "中文摘要", "摘要翻译", "摘要翻譯", "Abstract (Chinese)", "Chinese abstract"]),
        (LabelRole.TlDr, default, ["TL;DR", "TL; DR", "TLDR", "TL:DR", "一句话总结", "一句話總結", "一句话要点", "一句話要點"]),
        (LabelRole.MainCategory, default, ["Main category", "Primary category", "主分类", "主分類", "分类", "分類", "Categories", "Category"]),
        (LabelRole.Authors, default, ["作者", "Authors", "Author"]),
        (LabelRole.Topic, default, ["方向", "研究方向", "领域", "領域", "主题", "主題", "Topic", "Direction"]),
        (LabelRole.Keywords, default, ["关键词", "關鍵詞", "关键字", "關鍵字", "标签", "標籤", "Keywords", "Tags"]),
        (LabelRole.Source, default, ["来源", "來源", "出处", "出處", "发布者", "發布者", "公众号", "公眾號", "Source", "Publisher", "Via"]),
        (LabelRole.Abstract, default, ["查看完整摘要", "完整摘要", "摘要", "Abstract"]),
        (LabelRole.PaperTitle, default, ["论文标题", "論文標題", "原始论文标题", "原始論文標題", "论文名称", "論文名稱", "原文标题", "原文標題", "原文", "Paper title", "Original title", "题目", "題目", "标题", "標題", "Title"]),
        (LabelRole.PaperLink, default, ["论文地址", "論文地址", "论文链接", "論文鏈接", "論文連結", "论文", "論文", "链接", "鏈接", "連結", "Paper", "Link"]),
        (LabelRole.CodeLink, default, ["开源代码", "開源代碼", "开源地址", "開源地址", "代码地址", "代碼地址", "程式碼地址", "代码", "代碼", "程式碼", "Code"]),
        (LabelRole.ProjectLink, default, ["项目主页", "項目主頁", "项目地址", "項目地址", "项目链接", "項目連結", "專案主頁", "Project page", "Homepage"]),
        (LabelRole.DemoLink, default, ["在线体验", "在線體驗", "線上體驗", "Demo"]),
        (LabelRole.Overview, default, ["今日概览", "今日概覽", "概览", "概覽", "今日速览", "今日速覽", "今日预览", "今日預覽", "Overview", "Today's overview"]),
        (LabelRole.Featured, default, ["重点关注", "重點關注", "今日重点", "今日重點", "重点推荐", "重點推薦", "重点论文", "重點論文", "论文详解", "論文詳解", "今日浪头", "今日浪頭", "Featured", "Highlights"]),
        (LabelRole.More, default, ["也值得关注", "也值得關注", "更多值得关注", "更多值得關注", "其他值得关注", "其他值得關注", "冲浪快报", "衝浪快報", "More", "Also worth reading"]),
        (LabelRole.Observation, default, ["今日趋势观察", "今日趨勢觀察", "今日观察", "今日觀察", "观察", "觀察", "总结", "總結", "Observation", "Today's observation"]),
    ];

    // What may follow an abstract marker and belongs to it: "查看完整摘要 (Abstract)", "摘要（原文）".
    private static readonly string[] AbstractSuffixes = ["(Abstract)", "（Abstract）", "（中文）", "(中文)", "（原文）", "(原文)", "（英文）", "(英文)"];

    /// <summary>The longest text a compound label's tail may have (<c>方法局限</c>: <c>局限</c>).</summary>
    private const int MaxTailLength = 8;

    private static readonly LabelGroups[] Groups = [LabelGroups.EntryFields, LabelGroups.PaperLinks, LabelGroups.BriefParts, LabelGroups.PaperHead, LabelGroups.ItemHead];

    // Per group, every label bucketed by its first character (upper-cased), longest first: a parser asking for
    // one group (the catalog's fields, on every line) looks at that group's labels only.
    private static readonly FrozenDictionary<char, Label[]>[] ByFirstChar = [.. Groups.Select(group => Vocabulary
        .Where(v => GroupOf(v.Role) == group)
        .SelectMany(v => v.Labels.Select(text => new Label(text, v.Role, v.Field)))
        .GroupBy(label => InvariantCase.ToUpper(label.Text[0]))
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(label => label.Text.Length).ToArray()))];

    // Every field label to its field, for the whole-word lookup of a compound label's tail.
    private static readonly FrozenDictionary<string, EntryField>.AlternateLookup<ReadOnlySpan<char>> FieldByLabel = Vocabulary
        .Where(v => v.Role == LabelRole.Field)
        .SelectMany(v => v.Labels.Select(text => (text, v.Field)))
        .DistinctBy(p => p.text, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.text, p => p.Field, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The labels of <paramref name="role"/>, in every spelling the table knows.</summary>
    /// <param name="role">A role.</param>
    /// <returns>The labels (for <see cref="LabelRole.Field"/>: of every field).</returns>
    public static IReadOnlyList<string> LabelsOf(LabelRole role) =>
        [.. Vocabulary.Where(v => v.Role == role).SelectMany(v => v.Labels)];

    /// <summary>The labels that name <paramref name="field"/>, in every spelling the table knows.</summary>
    /// <param name="field">A well-known field.</param>
    /// <returns>The labels, or an empty list for a field outside the vocabulary.</returns>
    public static IReadOnlyList<string> LabelsOf(EntryField field) =>
        Array.Find(Vocabulary, v => v.Role == LabelRole.Field && v.Field == field).Labels ?? [];

    /// <summary>The group a role belongs to.</summary>
    /// <param name="role">A role.</param>
    /// <returns>Its group.</returns>
    public static LabelGroups GroupOf(LabelRole role) => role switch
    {
        LabelRole.Field or LabelRole.TlDr or LabelRole.Abstract => LabelGroups.EntryFields,
        LabelRole.Overview or LabelRole.Featured or LabelRole.More or LabelRole.Observation => LabelGroups.BriefParts,
        LabelRole.MainCategory or LabelRole.Authors or LabelRole.Keywords or LabelRole.Topic => LabelGroups.PaperHead,
        LabelRole.Source => LabelGroups.ItemHead,
        _ => LabelGroups.PaperLinks,
    };

    /// <summary>Finds the label <paramref name="line"/> starts with, among the labels of <paramref name="groups"/>.</summary>
    /// <param name="line">The line (one line of text, or a block's text).</param>
    /// <param name="groups">The labels to look for.</param>
    /// <param name="match">The label, its role and where the value starts.</param>
    /// <returns><see langword="true"/> when the line starts with a label that counts by its role's rule.</returns>
    public static bool TryMatch(ReadOnlySpan<char> line, LabelGroups groups, out LabelMatch match)
    {
        match = default;
        var start = LabelText.SkipDecoration(line, out var hadSymbol);
        if (start >= line.Length)
        {
            return false;
        }

        // The longest label that counts, over the groups asked for.
        var key = InvariantCase.ToUpper(line[start]);
        var rest = line[start..];
        var found = false;
        for (var g = 0; g < Groups.Length; g++)
        {
            if ((Groups[g] & groups) == 0 || !ByFirstChar[g].TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var label in candidates)
            {
                if ((!found || label.Text.Length > match.Label.Length) && rest.StartsWith(label.Text, label.Comparison)
                    && !(label.IsAscii && rest.Length > label.Text.Length && char.IsAsciiLetterOrDigit(rest[label.Text.Length]))
                    && TryLabel(line, start, label, hadSymbol, out var candidate))
                {
                    (match, found) = (candidate, true);
                    break;
                }
            }
        }

        return found;
    }

    private static bool TryLabel(ReadOnlySpan<char> line, int start, Label label, bool hadSymbol, out LabelMatch match)
    {
        // "论文/paper：", "代码/code：": a Chinese label with its English name after a slash.
        var alias = label.IsAscii ? 0 : EnglishAlias(line[(start + label.Text.Length)..]);
        start += alias;
        var after = line[(start + label.Text.Length)..];
        var skip = LabelText.SkipSeparator(after, out var hadSeparator);
        var hadColon = after[..skip].ContainsAny(':', '：', '﹕');
        var alone = skip == after.Length;
        var contentStart = start + label.Text.Length + skip;
        if (label.Role == LabelRole.Field && !label.IsAscii && !hadSeparator && CompoundTail(after) is { } tail)
        {
            // "⚠️方法局限" alone on its line is "limitations of the method": a Chinese compound names its
            // field by its last part, so 方法 (method) + 局限 (limitations) is limitations, not method.
            match = new LabelMatch(LabelRole.Field, tail, label.Text, line.Length, hadSymbol, HadColon: false, HadSeparator: false, IsAlone: true);
            return true;
        }

        var counts = label.Role switch
        {
            LabelRole.Field => hadSymbol || hadSeparator || alone,
            LabelRole.TlDr => hadSeparator || alone,
            LabelRole.Abstract => hadSeparator || alone || after[skip..].StartsWith(AbstractSuffixes[0][0]) || after[skip..].StartsWith(AbstractSuffixes[1][0]),
            LabelRole.Overview or LabelRole.Featured or LabelRole.More or LabelRole.Observation => alone,
            _ => hadColon || alone,
        };
        if (label.Role == LabelRole.Abstract)
        {
            contentStart = SkipAbstractSuffix(line, contentStart);
        }

        match = counts ? new LabelMatch(label.Role, label.Field, label.Text, contentStart, hadSymbol, hadColon, hadSeparator, alone) : default;
        return counts;
    }

    // "/paper" after a Chinese label: the length of the slash and the English word, or 0.
    private static int EnglishAlias(ReadOnlySpan<char> after)
    {
        if (after.Length < 2 || after[0] is not ('/' or '／'))
        {
            return 0;
        }

        var word = after[1..].IndexOfAnyExcept(AliasChars);
        var length = word < 0 ? after.Length - 1 : word;
        return length is > 0 and <= MaxAliasLength ? length + 1 : 0;
    }

    private const int MaxAliasLength = 16;
    private static readonly System.Buffers.SearchValues<char> AliasChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // The rest of a line that is itself a whole field label (and nothing else but a trailing colon).
    private static EntryField? CompoundTail(ReadOnlySpan<char> after)
    {
        var tail = after.TrimEnd(" \t:：");
        return !tail.IsEmpty && tail.Length <= MaxTailLength && FieldByLabel.TryGetValue(tail, out var field) ? field : null;
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

    private readonly record struct Label(string Text, LabelRole Role, EntryField Field)
    {
        public bool IsAscii { get; } = System.Text.Ascii.IsValid(Text);

        public StringComparison Comparison => IsAscii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }
}
