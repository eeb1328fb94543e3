using System.Text;

namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// A Markdown heading in a catalog, read as a paper's head (<c>### [1] [Title](https://arxiv.org/abs/…)</c>: number
/// 1, title from the link text) or a section (<c># cs.CV [[Back]](#toc)</c>: title <c>cs.CV</c>, the link back to
/// the table of contents dropped).
/// </summary>
internal readonly record struct CatalogHeading(int Level, int? Number, string Title)
{
    private const int MaxNumberDigits = 4;

    public static CatalogHeading Read(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        var level = Math.Max(0, text.IndexOfAnyExcept('#'));
        text = text[level..].Trim();
        var number = ReadNumber(ref text);
        var title = text.StartsWith('[') && text.IndexOf("](", StringComparison.Ordinal) is var close and > 1
            ? text[1..close]
            : WithoutAnchorLinks(text);
        return new CatalogHeading(level, number, LabelText.StripMarkdown(title).ToString());
    }

    /// <summary>The level given to a paper title written as a lone link line: below every Markdown heading.</summary>
    public const int LinkLineLevel = 7;

    /// <summary>
    /// Reads a line that is nothing but a link to a paper (<c>[MC-Search: Evaluating …](https://openreview.net/…)</c>),
    /// as a page writes a title that is no heading: the link text is the title.
    /// </summary>
    public static bool TryReadTitleLink(ReadOnlySpan<char> line, out CatalogHeading heading)
    {
        heading = default;
        var text = line.Trim().Trim('*').Trim();
        var close = text.IndexOf("](", StringComparison.Ordinal);
        if (!text.StartsWith('[') || close < 2 || !text.EndsWith(')') || !LinkExtractor.IsWebUrl(text[(close + 2)..])
            || text[(close + 2)..^1].ContainsAny(' ', ')') || text[1..close].Contains("](", StringComparison.Ordinal))
        {
            return false;
        }

        var title = LabelText.StripMarkdown(text[1..close]);
        // A title has words: "Paper Title" or 短推理链的可验证奖励, not a bare "arXiv" or "PDF".
        if (title.Length < 6 || title.Contains("://", StringComparison.Ordinal) || (title.IndexOf(' ') < 0 && Ascii.IsValid(title)))
        {
            return false;
        }

        heading = new CatalogHeading(LinkLineLevel, null, title.ToString());
        return true;
    }

    // "[12] ", "12. ", "12、": the number as the generator wrote it.
    private static int? ReadNumber(ref ReadOnlySpan<char> text)
    {
        var bracketed = text.StartsWith('[');
        var start = bracketed ? 1 : 0;
        var end = start;
        while (end < text.Length && end - start < MaxNumberDigits && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var closed = end > start && end < text.Length && (bracketed ? text[end] == ']' : text[end] is '.' or '、' or ')');
        if (!closed || (end + 1 < text.Length && !char.IsWhiteSpace(text[end + 1])))
        {
            return null;
        }

        var number = int.Parse(text[start..end], System.Globalization.CultureInfo.InvariantCulture);
        text = text[(end + 1)..].Trim();
        return number;
    }

    // Cuts the first link to an anchor in the page ("[[Back]](#toc)") and what follows it.
    private static ReadOnlySpan<char> WithoutAnchorLinks(ReadOnlySpan<char> text)
    {
        var target = text.IndexOf("](#", StringComparison.Ordinal);
        if (target <= 0)
        {
            return text;
        }

        var depth = 0;
        for (var i = target - 1; i >= 0; i--)
        {
            if (text[i] == ']')
            {
                depth++;
            }
            else if (text[i] == '[' && depth-- == 0)
            {
                return text[..i].Trim();
            }
        }

        return text;
    }
}
