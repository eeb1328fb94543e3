using PaperDigest.Blocks;
using PaperDigest.Internals;
using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>A record's title from its opening line: without decoration, list number or trailing link words (<c>[PDF]</c>).</summary>
internal static class RecordTitle
{
    private const int MaxNumber = 9999;

    public static string Read(DigestBlock block, ReadOnlySpan<char> line, out int? number)
    {
        number = null;
        var text = line[LabelText.SkipDecoration(line, out _)..].Trim();
        text = WithoutDatePrefix(WithoutNumber(text, out number));
        text = WithoutTrailingId(WithoutTrailingLinks(text, block.Links));
        return WithoutEnclosingBrackets(text.TrimEnd(":：").Trim()).ToString();
    }

    // "Title (arXiv:2503.11111)", "Title [arXiv:2503.11111]": the paper's id after its title cites it; it is read as the
    // record's link, not as title. A bare number in brackets stays: without its prefix it is no link, and would be lost.
    private static ReadOnlySpan<char> WithoutTrailingId(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[^1] is not (')' or '）' or ']'))
        {
            return text;
        }

        var open = text.LastIndexOfAny('(', '（', '[');
        if (open <= 0)
        {
            return text;
        }

        var inside = text[(open + 1)..^1].Trim();
        if (!inside.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        inside = inside["arXiv:".Length..].TrimStart();
        return inside.Length > 0 && ArxivId.Length(inside) == inside.Length && !text[..open].IsWhiteSpace() ? text[..open].TrimEnd() : text;
    }

    // "【2025-09-03】Title": a date in brackets before the title dates the record; it is not part of the title.
    private static ReadOnlySpan<char> WithoutDatePrefix(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] is not ('【' or '['))
        {
            return text;
        }

        var close = text.IndexOfAny('】', ']');
        var inside = close > 1 ? text[1..close] : default;
        return close > 5 && close + 1 < text.Length && !inside.ContainsAnyExcept(DateCharacters) && inside.ContainsAny('-', '/', '.')
            ? text[(close + 1)..].Trim()
            : text;
    }

    private static readonly System.Buffers.SearchValues<char> DateCharacters = System.Buffers.SearchValues.Create("0123456789-/.");

    // "【Title】": lenticular brackets around the whole title mark it out; they are not part of it.
    private static ReadOnlySpan<char> WithoutEnclosingBrackets(ReadOnlySpan<char> text) =>
        text.Length > 2 && text[0] == '【' && text[^1] == '】' && text[1..^1].IndexOfAny('【', '】') < 0 ? text[1..^1].Trim() : text;

    /// <summary>
    /// The link or bold run a line opens with, when a separator and more text follow it (<c>[Title](url)：what it is</c>,
    /// <c>**Title** - what it is</c>): that run is the title and the rest is text. <paramref name="title"/> is the line
    /// read as a whole title.
    /// </summary>
    public static (string Title, string Text)? LeadRun(DigestBlock block, ReadOnlySpan<char> line, string title)
    {
        foreach (var (start, length, isLink) in Runs(block))
        {
            if (start < 0 || start + length > line.Length || !line[..start].Trim().IsEmpty && WithoutNumber(line[..start].Trim(), out _).Length > 0)
            {
                continue;
            }

            var rest = line[(start + length)..].TrimStart();
            var run = line.Slice(start, length).Trim();

            // "**OpenAI ships X.** The company said …": a bold lead sentence is the title, the sentences after it the text.
            if (!isLink && run.Length > 1 && run[^1] is '。' or '.' or '!' or '！' or '?' or '？' && rest.Length >= 2 && title.AsSpan().StartsWith(run, StringComparison.Ordinal))
            {
                return (run.TrimEnd("。.").ToString(), rest.ToString());
            }

            // A bold run before a colon is a label ("**深度拆解**: …"); a link before one is the item's title.
            if (run.Length == 0 || rest.Length < 2 || rest[0] is not ('：' or ':' or '-' or '–' or '—' or '|') || (!isLink && rest[0] is '：' or ':'))
            {
                return null;
            }

            var text = rest[1..].Trim();
            return text.Length < 2 || !title.AsSpan().StartsWith(run, StringComparison.Ordinal) ? null : (run.ToString(), text.ToString());
        }

        return null;
    }

    // The block's link texts and strong runs that start its first line, earliest first.
    private static IEnumerable<(int Start, int Length, bool IsLink)> Runs(DigestBlock block)
    {
        var runs = new List<(int Start, int Length, bool IsLink)>(2);
        foreach (var link in block.Links)
        {
            if (link.Start >= 0 && link.Text.Length > 0)
            {
                runs.Add((link.Start, link.Text.Length, true));
                break;
            }
        }

        if (block.Strong.Count > 0)
        {
            runs.Add((block.Strong[0].Start, block.Strong[0].Length, false));
        }

        // A link inside a bold run starts where the run does: the link wins.
        return runs.OrderBy(r => r.Start).ThenBy(r => r.IsLink ? 0 : 1);
    }

    // "3. Title", "3、Title", "3) Title", "[3] Title", "(3) Title", "（3）Title", "【3】Title"; "一、Title", "（十二）Title".
    private static ReadOnlySpan<char> WithoutNumber(ReadOnlySpan<char> text, out int? number)
    {
        number = null;
        var open = text.Length > 0 && text[0] is '[' or '(' or '（' or '【' ? 1 : 0;
        if (ChineseNumber.TryRead(text[open..], out var chinese, out var length) && open + length < text.Length
            && (open == 1 ? text[open + length] is ')' or '）' : text[open + length] is '、' or '.' or '．')
            && text[(open + length + 1)..].TrimStart() is { IsEmpty: false } titled)
        {
            number = chinese;
            return titled;
        }

        var digits = open;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]) && digits - open < 4)
        {
            digits++;
        }

        if (digits == open || digits >= text.Length)
        {
            return text;
        }

        var close = text[digits];
        var closes = open == 1 ? close is ']' or ')' or '）' or '】' : close is '.' or '、' or ')' or '．';
        if (!closes || (close == '.' && digits + 1 < text.Length && char.IsAsciiDigit(text[digits + 1])))
        {
            return text; // "2.5 Pro" or "2604.01841" is text, not a number
        }

        var value = int.Parse(text[open..digits], System.Globalization.CultureInfo.InvariantCulture);
        var rest = text[(digits + 1)..].TrimStart();
        if (rest.IsEmpty || value > MaxNumber)
        {
            return text;
        }

        number = value;
        return rest;
    }

    // Link words after a title ("Title PDF arXiv", a bare URL) are buttons, not title; a title that is one link keeps its text.
    private static ReadOnlySpan<char> WithoutTrailingLinks(ReadOnlySpan<char> text, IReadOnlyList<BlockLink> links)
    {
        for (var i = links.Count - 1; i >= 0; i--)
        {
            var word = links[i].Text.AsSpan().Trim();
            var bareUrl = word.SequenceEqual(links[i].Target.AsSpan().Trim());
            if (word.IsEmpty || (word.Length > 16 && !bareUrl) || !text.EndsWith(word, StringComparison.Ordinal) || text.Length == word.Length)
            {
                break;
            }

            text = text[..^word.Length].TrimEnd().TrimEnd("|·-–—[]()").TrimEnd();
        }

        // A bare URL the front end left as text.
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && LinkExtractor.IsWebUrl(text[(lastSpace + 1)..]))
        {
            text = text[..lastSpace].TrimEnd();
        }

        return text;
    }

    /// <summary>
    /// A headline: a title a sentence long (five words or more, two CJK characters counting as one), not an outline's
    /// numbered section name. A news item says what happened; an essay's section heading names a topic in a few words.
    /// </summary>
    public static bool IsHeadline(ReadOnlySpan<char> title)
    {
        if (ItemScore.IsOutlineNumbered(title))
        {
            return false;
        }

        int words = 0, cjk = 0;
        var inWord = false;
        foreach (var c in title)
        {
            if (Internals.HanText.IsHan(c))
            {
                cjk++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = c is '-' or '\'' && inWord;
            }
        }

        return words + (cjk / 2) >= HeadlineWords;
    }

    private const int HeadlineWords = 5;

    /// <summary>
    /// Table rows whose title cells all open with a bare number and a space ("5 deepseek/…", "12 Title") carry a score
    /// or rank badge before the title: the number is no part of any title. One row alone could be a title that opens
    /// with a number ("3D Gaussians"); every row of three or more is a column's convention.
    /// </summary>
    public static void WithoutSharedBadge(List<InducedRecord> rows)
    {
        if (rows.Count < MinBadgedRows || !rows.TrueForAll(r => BadgeLength(r.Title) > 0))
        {
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            rows[i] = rows[i] with { Title = rows[i].Title[BadgeLength(rows[i].Title)..].TrimStart() };
        }
    }

    private const int MinBadgedRows = 3;

    // "5 " or "120 " before more text.
    private static int BadgeLength(string title)
    {
        var digits = title.AsSpan().IndexOfAnyExceptInRange('0', '9');
        return digits is > 0 and <= 3 && title[digits] == ' ' && title.AsSpan(digits).Trim().Length > 0 ? digits + 1 : 0;
    }
}
