namespace PaperDigest.Internals;

/// <summary>
/// Chinese characters, defined once: the unified ideographs, extension A and the compatibility ideographs of the
/// Basic Multilingual Plane. Simplified and Traditional text, and the Han in Japanese, all fall in these blocks.
/// </summary>
internal static class HanText
{
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool ContainsHan(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u3400', '\u9FFF') >= 0 || text.IndexOfAnyInRange('\uF900', '\uFAFF') >= 0;
}
