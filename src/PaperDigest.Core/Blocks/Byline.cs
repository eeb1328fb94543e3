using PaperDigest.Parsing;

namespace PaperDigest.Blocks;

/// <summary>
/// The publisher and authors a Chinese media article states near its top, by the shapes such bylines take:
/// <c>晨星科技 | 公众号 StarTech</c> (outlet before its account), <c>北辰评论报道</c> (outlet + 报道 alone on a line),
/// <c>[mp.example.com](…)北辰评论</c> (a clipper's source link followed by the account name), and
/// <c>白交 衡宇 发自 凹非寺</c> (reporters before 发自); and the source lines clippers and newsletters write:
/// <c>来源: [Outlet](url)</c>, <c>[Read Original](url)</c>, <c>原文链接：url</c>.
/// </summary>
/// <param name="Publisher">The outlet, or <see langword="null"/>.</param>
/// <param name="Url">The original URL, or <see langword="null"/>.</param>
/// <param name="Authors">The reporters named before <c>发自</c>.</param>
public sealed record Byline(string? Publisher, string? Url, IReadOnlyList<string> Authors)
{
    /// <summary>How many lines from the top are searched: a byline sits under the title, not in the body.</summary>
    public const int SearchLines = 40;

    private const int MaxNameLength = 12;

    // A byline is a short line; a paragraph that happens to hold "发自" is not one.
    private const int MaxLineLength = 120;

    /// <summary>The byline in the <see cref="SearchLines"/> lines from <paramref name="firstLine"/> on, or <see langword="null"/>.</summary>
    /// <param name="lines">The input's lines (<see cref="DigestParseContext.Lines"/>).</param>
    /// <param name="firstLine">The 1-based line to start at (the line under the title).</param>
    /// <returns>The publisher, original URL and reporters found, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstLine"/> is below 1.</exception>
    public static Byline? Find(LineTable lines, int firstLine)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstLine, 1);
        string? account = null, reported = null, clipped = null, sourced = null, url = null;
        List<string>? authors = null;
        for (var index = firstLine - 1; index < Math.Min(lines.Count, firstLine - 1 + SearchLines); index++)
        {
            var line = Strip(lines[index]);
            if (line.Length is 0 or > MaxLineLength)
            {
                continue;
            }

            account ??= Account(line);
            reported ??= Reported(line);
            clipped ??= Clipped(line, ref url);
            sourced ??= Sourced(line, ref url);
            url ??= Original(line);
            authors ??= Reporters(line);
        }

        var publisher = account ?? reported ?? sourced ?? clipped;
        return publisher is null && url is null && authors is null ? null : new Byline(publisher, url, authors ?? []);
    }

    /// <summary>
    /// Whether the line is a media byline (<c>晨星科技 | 公众号 StarTech</c>, <c>北辰评论报道</c>, <c>[mp.example.com](…)北辰评论</c>,
    /// <c>白交 衡宇 发自 凹非寺</c>): evidence of a clipped article. A newsletter's <c>来源:</c> line is not one.
    /// </summary>
    internal static bool IsMediaLine(ReadOnlySpan<char> line)
    {
        var text = Strip(line);
        string? url = null;
        return text.Length is > 0 and <= MaxLineLength && ((Account(text) ?? Reported(text) ?? Clipped(text, ref url)) is not null || Reporters(text) is not null);
    }

    // "晨星科技 | 公众号 StarTech"
    private static string? Account(ReadOnlySpan<char> line)
    {
        var bar = line.IndexOfAny('|', '｜');
        return bar > 0 && line[(bar + 1)..].TrimStart().StartsWith("公众号", StringComparison.Ordinal) ? Name(line[..bar]) : null;
    }

    // "北辰评论报道" alone on its line.
    private static string? Reported(ReadOnlySpan<char> line) =>
        line.EndsWith("报道", StringComparison.Ordinal) && line.Length > 2 ? Name(line[..^2]) : null;

    // "[mp.example.com](https://…)北辰评论": a domain link, then the account name.
    private static string? Clipped(ReadOnlySpan<char> line, ref string? url)
    {
        if (!TryLink(line, out var label, out var target, out var after) || !label.Contains('.') || label.Contains(' '))
        {
            return null;
        }

        url ??= target;
        return Name(line[after..]);
    }

    // "来源: [AI论文简报](https://…) | 日期: …", "Source: https://…".
    private static string? Sourced(ReadOnlySpan<char> line, ref string? url)
    {
        var colon = line.IndexOfAny(':', '：');
        if (colon <= 0 || colon > 6 || !IsSourceLabel(line[..colon].Trim()))
        {
            return null;
        }

        var value = line[(colon + 1)..].Trim();
        if (TryLink(value, out var label, out var target, out _))
        {
            url ??= target;
            return Name(label);
        }

        url ??= BareUrl(value);
        return null;
    }

    // "[Read Original](https://…)", "原文链接：https://…".
    private static string? Original(ReadOnlySpan<char> line)
    {
        if (TryLink(line, out var label, out var target, out _) && IsOriginalLabel(label))
        {
            return target;
        }

        var colon = line.IndexOfAny(':', '：');
        return colon > 0 && colon <= 6 && IsOriginalLabel(line[..colon].Trim()) ? BareUrl(line[(colon + 1)..].Trim()) : null;
    }

    private static bool IsSourceLabel(ReadOnlySpan<char> label) =>
        label is "来源" or "來源" or "来源页" or "出处" or "Source" or "source";

    private static bool IsOriginalLabel(ReadOnlySpan<char> label) =>
        label is "Read Original" or "原文链接" or "原文連結" or "原文地址" or "阅读原文" or "閱讀原文" or "Original";

    private static string? BareUrl(ReadOnlySpan<char> value)
    {
        if (!Parsing.LinkExtractor.IsWebUrl(value))
        {
            return null;
        }

        var end = value.IndexOfAny(" \t|)）");
        return (end < 0 ? value : value[..end]).ToString();
    }

    // "[label](target)" at the start of the line; after = the index past ')'.
    private static bool TryLink(ReadOnlySpan<char> line, out string label, out string target, out int after)
    {
        label = target = string.Empty;
        after = 0;
        if (!line.StartsWith('[') || line.IndexOf("](", StringComparison.Ordinal) is not (> 0 and var close))
        {
            return false;
        }

        var end = line[close..].IndexOf(')');
        if (end < 0 || line[1..close].Contains('['))
        {
            return false;
        }

        label = line[1..close].Trim().ToString();
        target = line[(close + 2)..(close + end)].Trim().ToString();
        after = close + end + 1;
        return Parsing.LinkExtractor.IsWebUrl(target);
    }

    // "白交 衡宇 发自 凹非寺"
    private static List<string>? Reporters(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf(" 发自 ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var names = line[..at].ToString().Split([' ', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length is > 0 and <= 6 && names.All(n => n.Length <= MaxNameLength) ? [.. names] : null;
    }

    private static string? Name(ReadOnlySpan<char> text)
    {
        var name = text.Trim().Trim("*_ ").Trim();
        return name.Length is > 0 and <= MaxNameLength && !name.ContainsAny(" \t:：/") ? name.ToString() : null;
    }

    // Markdown decoration around a byline: heading marks, quote marks, bold and italics.
    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> line) => line.Trim().TrimStart("#> ").Trim("*_ ").Trim();
}
