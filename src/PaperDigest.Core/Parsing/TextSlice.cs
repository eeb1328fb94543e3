namespace PaperDigest.Parsing;

/// <summary>Turns ranges of the input into the strings the model keeps, with line breaks normalized to <c>\n</c>.</summary>
public static class TextSlice
{
    /// <summary>The text from line <paramref name="first"/> to line <paramref name="last"/> (0-based, inclusive), verbatim but for line breaks.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="lines">Its line table.</param>
    /// <param name="first">The first line index.</param>
    /// <param name="last">The last line index.</param>
    /// <returns>The lines joined with <c>\n</c>.</returns>
    public static string Lines(string text, LineTable lines, int first, int last) =>
        Range(text, lines.Start(first), lines.End(last));

    /// <summary>The text from offset <paramref name="start"/> to <paramref name="end"/>, with CRLF and CR turned into LF.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset past the last character.</param>
    /// <returns>The slice.</returns>
    public static string Range(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        return span.Contains('\r') ? WithLineFeeds(text, start, end) : span.ToString();
    }

    // Its own method: the lambda captures text and end, and a closure in Range would be allocated on every call.
    private static string WithLineFeeds(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        return string.Create(span.Length - CountCrlf(span), start, (destination, offset) =>
        {
            var source = text.AsSpan(offset, end - offset);
            var written = 0;
            for (var i = 0; i < source.Length; i++)
            {
                if (source[i] == '\r')
                {
                    destination[written++] = '\n';
                    if (i + 1 < source.Length && source[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                else
                {
                    destination[written++] = source[i];
                }
            }
        });
    }

    /// <summary>The text cut to <paramref name="maxLength"/> characters with an ellipsis, for quoting a line in a diagnostic message.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The most characters kept.</param>
    /// <returns>The text, or its start and <c>…</c>.</returns>
    public static string Shorten(ReadOnlySpan<char> text, int maxLength = 60) =>
        text.Length > maxLength ? string.Concat(text[..maxLength], "…") : text.ToString();

    private static int CountCrlf(ReadOnlySpan<char> span)
    {
        var count = 0;
        for (var i = span.IndexOf("\r\n"); i >= 0; i = span.IndexOf("\r\n"))
        {
            count++;
            span = span[(i + 2)..];
        }

        return count;
    }
}
