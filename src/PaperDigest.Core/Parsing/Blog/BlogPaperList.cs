namespace PaperDigest.Parsing.Blog;

/// <summary>
/// A compilation that lists papers under category headings (a papers-with-code list): each paper a bold title line
/// (<c>**Title**</c>, optionally behind an emoji or <c>:shortcode:</c>, <c>(Oral)</c> after it) with its metadata
/// lines under it (<c>- 论文/paper：…</c>, <c>- 代码/code：…</c>). Every paper is an entry in the category its heading
/// names; the headings are sections (nested by level); what comes before the first category is the header.
/// </summary>
internal static class BlogPaperList
{
    /// <summary>How many papers make a list (fewer are a post's paper block).</summary>
    public const int MinPapers = 3;

    private const int MaxTrailLength = 12;
    private const int MetadataReach = 2;

    /// <summary>Whether the line is a bold paper title: <c>**Title**</c>, behind decoration, with at most a short tag after it.</summary>
    public static bool IsTitleLine(ReadOnlySpan<char> line) => TitleOf(line) is { IsEmpty: false } && !BlogMetadata.TryMatch(line, out _, out _);

    /// <summary>The bold title of a paper's title line, or an empty span.</summary>
    public static ReadOnlySpan<char> TitleOf(ReadOnlySpan<char> line)
    {
        var text = WithoutEmoji(WithoutShortcodes(line.Trim()));
        if (!text.StartsWith("**", StringComparison.Ordinal) || text[2..].IndexOf("**", StringComparison.Ordinal) is not (> 0 and var close))
        {
            return [];
        }

        // "**论文下载：**" leads into what follows; a title does not end in a colon.
        var title = text[2..(close + 2)].Trim();
        var trail = text[(close + 4)..].Trim();
        return trail.Length <= MaxTrailLength && !trail.Contains("://", StringComparison.Ordinal) && !title.IsEmpty && title[^1] is not (':' or '：') ? title : [];
    }

    /// <summary>The title lines that have metadata within the next two non-blank lines: one per paper.</summary>
    public static List<int> FindPapers(LineTable lines, int first)
    {
        var papers = new List<int>();
        for (var i = first; i < lines.Count; i++)
        {
            if (IsTitleLine(lines[i]) && HasMetadataBelow(lines, i))
            {
                papers.Add(i);
            }
        }

        return papers;
    }

    public static void Read(DigestParseContext context, int first, List<int> papers)
    {
        var lines = context.Lines;
        var headings = new List<int>();
        for (var i = first; i < lines.Count; i++)
        {
            if (MarkdownLine.KindOf(lines[i], out _, out _) == MarkdownLineKind.Heading)
            {
                headings.Add(i);
            }
        }

        // The categories start at the heading over the first paper; the headings before it (title, contents) are the header.
        var firstCategory = headings.FindLastIndex(h => h < papers[0]);

        // A shallower heading right above it ("# 检测" over "## 目标检测") is its parent category, not the header.
        while (firstCategory > 0 && lines.NextNonBlank(headings[firstCategory - 1] + 1) == headings[firstCategory]
            && LevelOf(lines[headings[firstCategory - 1]]) < LevelOf(lines[headings[firstCategory]]))
        {
            firstCategory--;
        }
        var bodyStart = firstCategory >= 0 ? headings[firstCategory] : papers[0];
        if (first < bodyStart && MarkdownLine.KindOf(lines[first], out _, out _) == MarkdownLineKind.Heading)
        {
            context.Title ??= LabelText.StripMarkdown(lines[first]).ToString();
        }

        for (var i = lines.NextNonBlank(first); i < bodyStart; i = lines.NextNonBlank(i + 1))
        {
            context.MarkHeaderLine(i + 1);
        }

        var sections = new BlogCategories(context);
        var next = 0;
        for (var h = Math.Max(firstCategory, 0); h <= headings.Count; h++)
        {
            var heading = h < headings.Count && firstCategory >= 0 ? headings[h] : -1;
            var end = h + 1 < headings.Count ? headings[h + 1] : lines.Count;
            if (heading >= 0)
            {
                sections.Open(heading, lines.LastNonBlank(end - 1));
            }

            for (; next < papers.Count && papers[next] < end; next++)
            {
                var last = lines.LastNonBlank((next + 1 < papers.Count && papers[next + 1] < end ? papers[next + 1] : end) - 1);
                var entry = new BlogSection(context, papers[next], last).ToEntry();
                context.AddEntry(entry with { Category = sections.CurrentTitle });
                sections.Count();
            }

            if (firstCategory < 0)
            {
                break;
            }
        }

        sections.AddAll();
    }

    private static int LevelOf(ReadOnlySpan<char> line)
    {
        MarkdownLine.KindOf(line, out var level, out _);
        return level;
    }

    private static bool HasMetadataBelow(LineTable lines, int title)
    {
        var j = title;
        for (var seen = 0; seen < MetadataReach; seen++)
        {
            j = lines.NextNonBlank(j + 1);
            if (j >= lines.Count)
            {
                return false;
            }

            if (BlogMetadata.TryMatch(lines[j], out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    // ":heavy_check_mark:**Title**": GitHub emoji shortcodes before the title.
    private static ReadOnlySpan<char> WithoutShortcodes(ReadOnlySpan<char> text)
    {
        while (text.Length > 2 && text[0] == ':' && text[1..].IndexOf(':') is var close and > 0 && IsShortcode(text[1..(close + 1)]))
        {
            text = text[(close + 2)..].TrimStart();
        }

        return text;
    }

    // "✔️ **Title**": symbols before the title.
    private static ReadOnlySpan<char> WithoutEmoji(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && System.Text.Rune.DecodeFromUtf16(text[start..], out var rune, out var length) == System.Buffers.OperationStatus.Done
            && (System.Text.Rune.IsWhiteSpace(rune) || System.Text.Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.OtherSymbol
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
        {
            start += length;
        }

        return text[start..];
    }

    private static bool IsShortcode(ReadOnlySpan<char> name) => name.IndexOfAnyExcept(ShortcodeChars) < 0;

    private static readonly System.Buffers.SearchValues<char> ShortcodeChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_+-");
}
