using System.Buffers;

namespace PaperDigest.Internals;

/// <summary>
/// Unicode line ends besides LF and CR (UAX #13 and #14): NEL (U+0085), LS (U+2028), PS (U+2029), and a form feed
/// or vertical tab standing alone (next to CR or LF it is a page-break decoration). When they outnumber the LF and
/// CR line ends, they are the text's line ends and become LF before anything reads it, so every front end and
/// parser counts the same lines. Otherwise they are characters of a line (a stray one from a clipping tool or a
/// flipped byte), so line numbers stay those of an editor.
/// </summary>
internal static class LineEnds
{
    private static readonly SearchValues<char> Unusual = SearchValues.Create("\u0085\u2028\u2029\f\v");

    /// <summary>The text with those line ends as LF (the same string when it has none), and how many were changed.</summary>
    public static string Normalize(string text, out int changed)
    {
        changed = 0;
        var first = text.AsSpan().IndexOfAny(Unusual);
        if (first < 0)
        {
            return text;
        }

        var span = text.AsSpan();
        var unusual = 0;
        for (var i = first; i < span.Length; i++)
        {
            unusual += IsLineEnd(text, i) ? 1 : 0;
        }

        if (unusual == 0 || unusual <= span.Count('\n') + span.Count('\r'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (IsLineEnd(text, i))
            {
                chars[i] = '\n';
                changed++;
            }
        }

        return new string(chars);
    }

    private static bool IsLineEnd(string text, int i) => text[i] switch
    {
        '\u0085' or '\u2028' or '\u2029' => true,
        '\f' or '\v' => !(i > 0 && text[i - 1] is '\n' or '\r') && !(i + 1 < text.Length && text[i + 1] is '\n' or '\r'),
        _ => false,
    };
}
