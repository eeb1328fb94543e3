namespace PaperDigest.Internals;

/// <summary>Cuts the leading sample that detection reads.</summary>
internal static class TextSample
{
    /// <summary>The first <paramref name="maxLength"/> characters, shortened to the last complete line when one fits.</summary>
    public static ReadOnlySpan<char> Leading(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var sample = text.AsSpan(0, maxLength);
        var lastBreak = sample.LastIndexOfAny('\n', '\r');
        return lastBreak > 0 ? sample[..lastBreak] : sample;
    }
}
