using PaperDigest.Internals;

namespace PaperDigest.Query;

/// <summary>
/// Folding for text search that keeps every offset (one character in, one out): ASCII case, full-width
/// forms to ASCII, every white space to a space, Traditional to Simplified per character, other case
/// through invariant lower-casing. Query terms and entry text go through the same fold, so a match in
/// the folded text is a match at the same offsets in the original.
/// </summary>
internal static class SearchFolding
{
    public static string Fold(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (output, source) => Fold(source, output));
    }

    public static void Fold(ReadOnlySpan<char> source, Span<char> output)
    {
        for (var i = 0; i < source.Length; i++)
        {
            output[i] = FoldChar(source[i]);
        }
    }

    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return FoldChar((char)(c - 0xFEE0));
        }

        if (char.IsWhiteSpace(c))
        {
            return ' ';
        }

        return c >= '\u2E80' ? ChineseScriptFolding.FoldChar(c) : char.ToLowerInvariant(c);
    }

    /// <summary>Whether <paramref name="c"/> continues a Latin word (ASCII or other alphabetic scripts, not CJK).</summary>
    public static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c >= '\u00C0' && c < '\u2E80' && char.IsLetterOrDigit(c));
}
