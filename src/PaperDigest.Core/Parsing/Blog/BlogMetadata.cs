using System.Collections.Frozen;

namespace PaperDigest.Parsing.Blog;

/// <summary>
/// The metadata lines of a blog section: <c>论文标题:</c>, <c>论文地址:</c>, <c>论文链接:</c>, <c>论文:</c>,
/// <c>开源代码:</c>, <c>代码:</c>, <c>项目主页:</c>, <c>项目地址:</c>, <c>在线体验:</c>, in Simplified or
/// Traditional Chinese or English, with or without a leading <c>- </c>, with a half- or full-width colon.
/// </summary>
internal static class BlogMetadata
{
    private const int MaxLabelLength = 12;

    private static readonly (string Label, BlogMetadataRole Role)[] Labels =
    [
        ("论文标题", BlogMetadataRole.PaperTitle), ("論文標題", BlogMetadataRole.PaperTitle), ("Paper title", BlogMetadataRole.PaperTitle),
        ("论文地址", BlogMetadataRole.Paper), ("論文地址", BlogMetadataRole.Paper), ("论文链接", BlogMetadataRole.Paper),
        ("論文鏈接", BlogMetadataRole.Paper), ("論文連結", BlogMetadataRole.Paper), ("论文", BlogMetadataRole.Paper), ("論文", BlogMetadataRole.Paper),
        ("Paper", BlogMetadataRole.Paper),
        ("开源代码", BlogMetadataRole.Code), ("開源代碼", BlogMetadataRole.Code), ("开源地址", BlogMetadataRole.Code), ("開源地址", BlogMetadataRole.Code),
        ("代码地址", BlogMetadataRole.Code), ("代碼地址", BlogMetadataRole.Code), ("程式碼地址", BlogMetadataRole.Code),
        ("代码", BlogMetadataRole.Code), ("代碼", BlogMetadataRole.Code), ("程式碼", BlogMetadataRole.Code), ("Code", BlogMetadataRole.Code),
        ("项目主页", BlogMetadataRole.Project), ("項目主頁", BlogMetadataRole.Project), ("项目地址", BlogMetadataRole.Project),
        ("項目地址", BlogMetadataRole.Project), ("项目链接", BlogMetadataRole.Project), ("項目連結", BlogMetadataRole.Project),
        ("專案主頁", BlogMetadataRole.Project), ("Project page", BlogMetadataRole.Project), ("Homepage", BlogMetadataRole.Project),
        ("在线体验", BlogMetadataRole.Demo), ("在線體驗", BlogMetadataRole.Demo), ("線上體驗", BlogMetadataRole.Demo), ("Demo", BlogMetadataRole.Demo),
    ];

    // Label indexes bucketed by first character, so a line costs one lookup.
    private static readonly FrozenDictionary<char, int[]> ByFirstChar = Enumerable.Range(0, Labels.Length)
        .GroupBy(i => char.ToUpperInvariant(Labels[i].Label[0]))
        .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Recognizes a metadata line; <paramref name="valueStart"/> is where its value starts in <paramref name="line"/>.</summary>
    public static bool TryMatch(ReadOnlySpan<char> line, out BlogMetadataRole role, out int valueStart)
    {
        role = default;
        valueStart = 0;
        var start = LabelText.SkipDecoration(line, out _);
        var rest = line[start..];
        var colon = rest[..Math.Min(rest.Length, MaxLabelLength + 2)].IndexOfAny(':', '：');
        if (colon <= 0)
        {
            return false; // Most lines: no colon right after a label-sized prefix.
        }

        if (!ByFirstChar.TryGetValue(char.ToUpperInvariant(rest[0]), out var candidates))
        {
            return false;
        }

        var best = -1;
        foreach (var i in candidates)
        {
            var label = Labels[i].Label;
            if (!rest.StartsWith(label, StringComparison.OrdinalIgnoreCase) || (best >= 0 && label.Length <= Labels[best].Label.Length))
            {
                continue;
            }

            var after = rest[label.Length..].TrimStart();
            if (after.Length > 0 && after[0] is ':' or '：')
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return false;
        }

        role = Labels[best].Role;
        var afterLabel = start + Labels[best].Label.Length;
        valueStart = afterLabel + LabelText.SkipSeparator(line[afterLabel..], out _);
        return true;
    }
}
