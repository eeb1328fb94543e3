using System.Globalization;
using System.Text;

namespace PaperDigest.Parsing;

/// <summary>
/// Span helpers for labelled lines: skipping the decoration in front of a label (emoji and their
/// variation selectors, bullets, Markdown bold and quote marks) and the separator after it.
/// </summary>
public static class LabelText
{
    /// <summary>Returns the index of the first character after leading decoration; <paramref name="hadSymbol"/> tells whether an emoji or symbol was among it.</summary>
    /// <param name="line">The line.</param>
    /// <param name="hadSymbol">Whether a symbol (emoji) was skipped.</param>
    /// <returns>The index where the label text starts.</returns>
    public static int SkipDecoration(ReadOnlySpan<char> line, out bool hadSymbol)
    {
        hadSymbol = false;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsAsciiLetterOrDigit(c) || Internals.HanText.IsHan(c))
            {
                break; // The common case: the label starts right away.
            }

            if (char.IsWhiteSpace(c) || c is '-' or '*' or '•' or '>' or '·' or '\u200D' or '\uFE0E' or '\uFE0F' or '\u20E3')
            {
                i++;
                continue;
            }

            // Markdown heading marks ("## 重点关注") are decoration; "#tag" is not.
            var marks = c == '#' ? line[i..].IndexOfAnyExcept('#') : -1;
            if (marks is > 0 and <= 6 && char.IsWhiteSpace(line[i + marks]))
            {
                i += marks;
                continue;
            }

            if (Rune.DecodeFromUtf16(line[i..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done && IsSymbol(rune))
            {
                hadSymbol = true;
                i += consumed;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>Returns the index after a separator following a label: colons (half- or full-width), dashes, bars, closing bold marks and brackets, white space.</summary>
    /// <param name="text">The text just after the label.</param>
    /// <param name="hadColon">Whether an explicit separator was among them: a colon, a closing bold mark or bracket.</param>
    /// <returns>The index where the content starts.</returns>
    public static int SkipSeparator(ReadOnlySpan<char> text, out bool hadColon)
    {
        hadColon = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ':' or '：' or '﹕' or '*' or '】' or ']')
            {
                hadColon = true;
            }
            else if (!(char.IsWhiteSpace(c) || c is '-' or '—' or '|' or '｜'))
            {
                break;
            }

            i++;
        }

        return i;
    }

    /// <summary>Trims white space, Markdown heading marks and surrounding bold or italic marks: <c>## **Title**</c> gives <c>Title</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The plain text.</returns>
    public static ReadOnlySpan<char> StripMarkdown(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var headingMarks = text.IndexOfAnyExcept('#');
        if (headingMarks > 0 && headingMarks < text.Length && char.IsWhiteSpace(text[headingMarks]))
        {
            text = text[headingMarks..].Trim();
        }

        return text.Trim("*_").Trim();
    }

    /// <summary>
    /// Whether a label's value names something (<c>https://…</c>, <c>《Title》</c>, <c>None</c>): a README listing labels
    /// (<c>开源代码:, 代码:, …</c>) gives none.
    /// </summary>
    public static bool HasValue(ReadOnlySpan<char> value)
    {
        var text = value.TrimStart();
        return !text.IsEmpty && (char.IsLetterOrDigit(text[0]) || text[0] is '《' or '[' or '“' or '"');
    }

    /// <summary>
    /// A value as a reader sees it: without the quote marks when it is wholly a quote (<c>&gt; Large language
    /// models …</c>) and without bold marks when it is wholly bold. Anything else stays as written.
    /// </summary>
    public static string PlainValue(string value) => UnwrapStrong(UnwrapQuote(value));

    // A quoted value: every line's '>' goes, and lazy continuation lines (no '>') are the quote's too.
    private static string UnwrapQuote(string value)
    {
        if (!value.StartsWith('>'))
        {
            return value;
        }

        var output = new System.Text.StringBuilder(value.Length);
        foreach (var range in value.AsSpan().Split('\n'))
        {
            var line = value.AsSpan()[range].TrimStart();
            line = line.StartsWith('>') ? line[1..] : line;
            output.Append(line.StartsWith(' ') ? line[1..] : line).Append('\n');
        }

        return output.ToString().Trim();
    }

    /// <summary>
    /// A value without bold marks around the whole of it (<c>**提出 X，用于 Y**</c>), or without a lone closing or
    /// opening mark left by a label that shared the bold (<c>**匹配领域**: **支柱九**</c>). Bold inside a value
    /// (<c>**A** and **B**</c>) stays as written.
    /// </summary>
    private static string UnwrapStrong(string value)
    {
        var first = value.IndexOf("**", StringComparison.Ordinal);
        if (first < 0)
        {
            return value;
        }

        var last = value.LastIndexOf("**", StringComparison.Ordinal);
        var inner = value.AsSpan(first + 2, Math.Max(0, last - first - 2));
        var wrapped = first == 0 && last == value.Length - 2 && last > first && inner.IndexOf("**", StringComparison.Ordinal) < 0;
        var lone = first == last && (first == 0 || last == value.Length - 2);
        return wrapped ? value[2..^2].Trim()
            : lone ? (first == 0 ? value[2..] : value[..^2]).Trim()
            : value;
    }

    // ASCII math signs (=, +, <) start ordinary text; only non-ASCII symbols are decoration.
    private static bool IsSymbol(Rune rune) => rune.Value >= 0x80 && Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.MathSymbol;
}
