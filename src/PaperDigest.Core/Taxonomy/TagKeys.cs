namespace PaperDigest.Taxonomy;

/// <summary>
/// The spelling rules that make two normalized keys one without a dictionary entry: spaces do not count
/// (<c>pre training</c> = <c>pretraining</c>), a joining <c>and</c> or <c>&amp;</c> does not count
/// (<c>vision and language</c> = <c>vision language</c>), and <c>X based</c> is <c>X</c>.
/// </summary>
internal static class TagKeys
{
    private const string Based = " based";

    /// <summary>Writes <paramref name="key"/> without spaces (and without joining <c>and</c> words) into <paramref name="output"/>; returns the length.</summary>
    public static int WriteCompact(ReadOnlySpan<char> key, Span<char> output, bool withoutAnd)
    {
        var length = 0;
        var start = 0;
        while (start < key.Length)
        {
            var end = key[start..].IndexOf(' ');
            var word = end < 0 ? key[start..] : key.Slice(start, end);
            if (!(withoutAnd && start > 0 && end >= 0 && IsJoiningWord(word)))
            {
                word.CopyTo(output[length..]);
                length += word.Length;
            }

            start = end < 0 ? key.Length : start + end + 1;
        }

        return length;
    }

    /// <summary>The key without spaces, as a string (for indexing labels).</summary>
    public static string Compact(string key, bool withoutAnd)
    {
        Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        return new string(buffer[..WriteCompact(key, buffer, withoutAnd)]);
    }

    /// <summary>Whether an inner word of the key is <c>and</c> or <c>&amp;</c>.</summary>
    public static bool HasJoiningAnd(ReadOnlySpan<char> key) =>
        key.Contains(" and ", StringComparison.Ordinal) || key.Contains(" & ", StringComparison.Ordinal);

    /// <summary>The stem of <c>transformer based</c>: <c>transformer</c>.</summary>
    public static bool TryStripBased(ReadOnlySpan<char> key, out ReadOnlySpan<char> stem)
    {
        stem = key.EndsWith(Based, StringComparison.Ordinal) ? key[..^Based.Length].TrimEnd() : default;
        return !stem.IsEmpty;
    }

    private static bool IsJoiningWord(ReadOnlySpan<char> word) => word is "and" or "&";
}
