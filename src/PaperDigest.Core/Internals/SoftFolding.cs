using System.Globalization;
using System.Text;

namespace PaperDigest.Internals;

/// <summary>
/// The soft comparison form used by the evaluator: NFKC compatibility folding (full-width to ASCII),
/// lower case, no white space, CJK punctuation as its ASCII counterpart, and symbols (emoji, their
/// variation selectors and joiners) dropped, so a difference only in width, spacing or decoration matches.
/// </summary>
internal static class SoftFolding
{
    public static string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && CompatibilityFolding.Fold((char)rune.Value) is { } folded)
            {
                foreach (var c in folded)
                {
                    Append(output, new Rune(c));
                }
            }
            else
            {
                Append(output, rune);
            }
        }

        return output.ToString();
    }

    /// <summary>An arXiv id without its version suffix (<c>2512.15258v1</c> to <c>2512.15258</c>).</summary>
    public static string WithoutArxivVersion(string id)
    {
        var end = id.Length;
        while (end > 0 && char.IsAsciiDigit(id[end - 1]))
        {
            end--;
        }

        return end < id.Length && end > 1 && id[end - 1] is 'v' or 'V' ? id[..(end - 1)] : id;
    }

    private static void Append(StringBuilder output, Rune rune)
    {
        if (Rune.IsWhiteSpace(rune) || IsDecoration(rune))
        {
            return;
        }

        if (rune.IsBmp && Punctuation((char)rune.Value) is { } ascii)
        {
            output.Append(ascii);
            return;
        }

        output.Append(Rune.ToLowerInvariant(rune).ToString());
    }

    private static bool IsDecoration(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.Format
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    private static char? Punctuation(char c) => c switch
    {
        '。' or '｡' => '.',
        '、' or '，' => ',',
        '“' or '”' or '「' or '」' or '『' or '』' => '"',
        '‘' or '’' => '\'',
        '：' => ':',
        '；' => ';',
        '（' => '(',
        '）' => ')',
        '【' or '〔' => '[',
        '】' or '〕' => ']',
        '—' or '–' or '－' => '-',
        _ => null,
    };
}
