using System.Globalization;
using System.Text;

namespace PaperDigest.Internals;

/// <summary>
/// The soft comparison form used by the evaluator: NFKC compatibility folding (full-width to ASCII),
/// lower case, no white space, CJK punctuation as its ASCII counterpart, and symbols (emoji, their
/// variation selectors and joiners) dropped, so a difference only in width, spacing or decoration matches.
/// Markup a rendering may or may not keep is dropped too: list markers at line starts (<c>- </c>, <c>1. </c>),
/// the backslash of a Markdown escape (<c>\%</c>) and backticks, so a list flattened into one paragraph by
/// one rendering matches the list of another.
/// </summary>
internal static class SoftFolding
{
    public static string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            FoldLine(output, WithoutListMarker(text.AsSpan()[range]));
        }

        return output.ToString();
    }

    private static void FoldLine(StringBuilder output, ReadOnlySpan<char> line)
    {
        var previous = '\0';
        foreach (var rune in line.EnumerateRunes())
        {
            var escape = previous == '\\' && rune.IsAscii && char.IsPunctuation((char)rune.Value) || char.IsSymbol((char)rune.Value);
            previous = rune.IsBmp ? (char)rune.Value : '\0';
            if (escape && output.Length > 0 && output[^1] == '\\')
            {
                output.Length--;
            }

            if (rune.Value == '`')
            {
                continue;
            }

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
    }

    // "- item", "* item", "• item", "1. item", "2) item": the marker a list item carries in one rendering only.
    private static ReadOnlySpan<char> WithoutListMarker(ReadOnlySpan<char> line)
    {
        var text = line.TrimStart();
        if (text.Length > 1 && text[0] is '-' or '*' or '+' or '•' or '·' && char.IsWhiteSpace(text[1]))
        {
            return text[2..];
        }

        var digits = text.IndexOfAnyExceptInRange('0', '9');
        return digits is > 0 and < 4 && digits + 1 < text.Length && text[digits] is '.' or ')' && char.IsWhiteSpace(text[digits + 1])
            ? text[(digits + 2)..]
            : text;
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
