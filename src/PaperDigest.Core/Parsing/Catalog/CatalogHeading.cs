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
