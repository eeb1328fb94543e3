using System.Buffers;
using System.Text;

namespace PaperDigest.Internals;

/// <summary>
/// Removes the inline markup a model string may still carry from its input: Markdown strong and emphasis marks
/// (<c>**x**</c>, <c>__x__</c>), links (<c>[text](url)</c> keeps the text), images (<c>![alt](src)</c> goes),
/// and HTML tags (<c>&lt;font color=…&gt;</c>). Heading marks stay: in plain text a <c># comment</c> line is the author's own. Only complete constructs
/// are removed (a lone <c>*</c>, <c>a &lt; b</c> or <c>[1]</c> stays). One pass, linear in the text; a string with
/// no markup is returned as it is.
/// </summary>
internal static class InlineMarkup
{
    private static readonly SearchValues<char> Starts = SearchValues.Create("*_[!<");

    private const int MaxTagLength = 256;

    /// <param name="text">A model string.</param>
    /// <returns>The text without markup.</returns>
    public static string? Plain(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny(Starts) < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var span = text.AsSpan();
        var strongOpen = false;
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            strongOpen &= c != '\n';
            var consumed = c switch
            {
                '*' or '_' => StrongMark(span, i, ref strongOpen),
                '[' => Link(span, i, output),
                '!' when i + 1 < span.Length && span[i + 1] == '[' => Image(span, i),
                '<' => Tag(span[i..]),
                _ => 0,
            };
            if (consumed > 0)
            {
                i += consumed;
                continue;
            }

            output.Append(c);
            i++;
        }

        var plain = output.ToString();
        return plain.Length == text.Length ? text : plain;
    }

    // "**" or "__" that opens a run closed later on its line, or closes the open one; "a ** b", "2**3" and a lone
    // "**" stay. "__" never sits inside a word. The search for the closing mark ends where the next mark is, which
    // the scan then consumes: linear.
    private static int StrongMark(ReadOnlySpan<char> span, int i, ref bool open)
    {
        var c = span[i];
        if (i + 1 >= span.Length || span[i + 1] != c)
        {
            return 0;
        }

        var before = i > 0 ? span[i - 1] : ' ';
        var after = i + 2 < span.Length ? span[i + 2] : ' ';
        if ((char.IsWhiteSpace(before) && char.IsWhiteSpace(after)) || (c == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)))
        {
            return 0;
        }

        if (open)
        {
            open = false;
            return 2;
        }

        var rest = span[(i + 2)..];
        var lineEnd = rest.IndexOf('\n');
        var line = lineEnd < 0 ? rest : rest[..lineEnd];
        if (line.IndexOf(c == '*' ? "**" : "__", StringComparison.Ordinal) <= 0)
        {
            return 0;
        }

        open = true;
        return 2;
    }

    // "[text](url)": the text stays, the rest goes. The URL must close on the same line.
    private static int Link(ReadOnlySpan<char> span, int i, StringBuilder output)
    {
        var rest = span[(i + 1)..];
        var close = rest.IndexOfAny(']', '\n');
        if (close < 0 || rest[close] != ']' || close + 1 >= rest.Length || rest[close + 1] != '(')
        {
            return 0;
        }

        var target = rest[(close + 2)..];
        var end = target.IndexOfAny(')', '\n', ' ');
        if (end < 0 || target[end] != ')')
        {
            return 0;
        }

        output.Append(rest[..close]);
        return 1 + close + 2 + end + 1;
    }

    private static int Image(ReadOnlySpan<char> span, int i)
    {
        var sink = new StringBuilder();
        var link = Link(span, i + 1, sink);
        return link > 0 ? link + 1 : 0;
    }

    // "<tag …>" or "</tag>": a letter after "<" (or "</"), no "<" before the ">", within a short span.
    private static int Tag(ReadOnlySpan<char> rest)
    {
        var nameAt = rest.Length > 1 && rest[1] == '/' ? 2 : 1;
        if (nameAt >= rest.Length || !char.IsAsciiLetter(rest[nameAt]))
        {
            return 0;
        }

        var limit = Math.Min(rest.Length, MaxTagLength);
        var close = rest[1..limit].IndexOfAny('>', '<', '\n');
        if (close < 0 || rest[1 + close] != '>')
        {
            return 0;
        }

        var inner = rest[nameAt..(1 + close)];
        var nameEnd = inner.IndexOfAnyExcept(TagNameChars);
        var name = nameEnd < 0 ? inner : inner[..nameEnd];
        return (nameEnd < 0 || inner[nameEnd] is ' ' or '/' or '\t') && HtmlElements.Contains(name) ? close + 2 : 0;
    }

    // HTML's own elements: "</think>" or "<eos>" in a paper's text are tokens it writes about, not tags.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HtmlElements = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["a", "abbr", "b", "big", "blockquote", "br", "center", "cite", "code", "dd", "del", "details", "div", "dl", "dt", "em", "font", "h1", "h2", "h3",
         "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strike", "strong", "sub",
         "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "tt", "u", "ul"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> TagNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
}
