namespace PaperDigest.Cli;

/// <summary>Terminal column widths: CJK and full-width characters take two columns, so tables stay aligned.</summary>
internal static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2 : char.IsLowSurrogate(c) ? 0 : 1;
        }

        return width;
    }

    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    /// <summary>The text on one line (white space runs as one space), cut with an ellipsis to at most <paramref name="width"/> columns.</summary>
    public static string Fit(string text, int width)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (Of(text) <= width)
        {
            return text;
        }

        var used = 0;
        var length = 0;
        while (length < text.Length && used + Of(text[length].ToString()) <= width - 1)
        {
            used += Of(text[length].ToString());
            length++;
        }

        return text[..length] + "…";
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
