namespace PaperDigest.Parsing;

/// <summary>Finds the title of a paper cited in running text as <c>《...》</c>.</summary>
internal static class CitedTitles
{
    private const int MinLength = 8;
    private const int MaxLength = 300;

    /// <summary>
    /// The first <c>《...》</c> that reads like a paper title (it has Latin letters and is at least eight
    /// characters long: Chinese outlets quote paper titles in English, while <c>《自然》</c> is a journal).
    /// </summary>
    /// <param name="text">Running text.</param>
    /// <returns>The title, or <see langword="null"/>.</returns>
    public static string? FindPaperTitle(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var open = text[offset..].IndexOf('《');
            if (open < 0)
            {
                return null;
            }

            var start = offset + open + 1;
            var close = text[start..].IndexOf('》');
            if (close < 0)
            {
                return null;
            }

            var title = text.Slice(start, close).Trim();
            if (title.Length is >= MinLength and <= MaxLength && title.ContainsAnyInRange('A', 'z'))
            {
                return title.ToString();
            }

            offset = start + close + 1;
        }

        return null;
    }
}
