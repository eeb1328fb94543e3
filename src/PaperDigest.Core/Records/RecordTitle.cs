using PaperDigest.Blocks;
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
        text = WithoutNumber(text, out number);
        text = WithoutTrailingLinks(text, block.Links);
        return text.TrimEnd(":：").Trim().ToString();
    }

    // "3. Title", "3、Title", "3) Title", "[3] Title", "(3) Title", "（3）Title", "【3】Title".
    private static ReadOnlySpan<char> WithoutNumber(ReadOnlySpan<char> text, out int? number)
    {
        number = null;
        var open = text.Length > 0 && text[0] is '[' or '(' or '（' or '【' ? 1 : 0;
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
}
