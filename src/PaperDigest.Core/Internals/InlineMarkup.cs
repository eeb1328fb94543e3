using System.Buffers;

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

    // Where the scan must look next: a construct's first character, or a line end (a strong run never crosses one).
    private static readonly SearchValues<char> StartsAndLineEnds = SearchValues.Create("*_[!<\n");

    private const int MaxTagLength = 256;

    /// <param name="text">A model string.</param>
    /// <returns>The text without markup.</returns>
    public static string? Plain(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny(Starts) < 0)
        {
            return text;
        }

        // A pooled buffer is taken at the first construct: text without one costs no allocation, text with one only
        // the string returned.
        char[]? output = null;
        var written = 0;
        var span = text.AsSpan();
        var next = new NextPositions();
        var strongOpen = false;
        var kept = 0; // text[..kept] is in output, or would be
        var i = span.IndexOfAny(Starts);
        while (i < span.Length)
        {
            var c = span[i];
            strongOpen &= c != '\n';
            var keep = default(Range);
            var consumed = c switch
            {
                '*' or '_' => StrongMark(span, i, ref strongOpen, ref next),
                '[' => Link(span, i, out keep, ref next),
                '!' when i + 1 < span.Length && span[i + 1] == '[' => Image(span, i, ref next),
                '<' => Tag(span[i..]),
                _ => 0,
            };
            if (consumed == 0)
            {
                // Vectorized skip to the next place anything can start: plain text costs no per-character work.
                i++;
                var skip = i < span.Length ? span[i..].IndexOfAny(StartsAndLineEnds) : -1;
                i = skip < 0 ? span.Length : i + skip;
                continue;
            }

            output ??= ArrayPool<char>.Shared.Rent(text.Length);
            written += Copy(span[kept..i], output, written);
            written += Copy(span[i..][keep], output, written);
            i += consumed;
            kept = i;
        }

        if (output is null)
        {
            return text;
        }

        written += Copy(span[kept..], output, written);
        var plain = new string(output, 0, written);
        ArrayPool<char>.Shared.Return(output);
        return plain;
    }

    private static int Copy(ReadOnlySpan<char> from, char[] to, int at)
    {
        from.CopyTo(to.AsSpan(at));
        return from.Length;
    }

    /// <summary>A title without markup: also without heading marks before it (<c>## Title</c>), which in a one-line title are never text.</summary>
    /// <param name="title">A title.</param>
    /// <returns>The plain title.</returns>
    public static string? PlainTitle(string? title)
    {
        var plain = Plain(title);
        if (plain is null || plain.Length < 2 || plain[0] != '#')
        {
            return plain;
        }

        var marks = plain.AsSpan().IndexOfAnyExcept('#');
        return marks is > 0 and <= 6 && plain[marks] == ' ' ? plain[(marks + 1)..].TrimStart() : plain;
    }

    // Where the next line end, closing bracket, link end and strong marks are, found once and reused while the scan
    // has not passed them: every search moves forward only, so a line of a million '[' or "**" stays linear.
    private struct NextPositions
    {
        private int _lineEnd, _bracket, _targetEnd, _stars, _underscores;
        private bool _set;

        public int LineEnd(ReadOnlySpan<char> span, int from) => Find(ref _lineEnd, span, from, static s => s.IndexOf('\n'));

        public int Bracket(ReadOnlySpan<char> span, int from) => Find(ref _bracket, span, from, static s => s.IndexOfAny(']', '\n'));

        public int TargetEnd(ReadOnlySpan<char> span, int from) => Find(ref _targetEnd, span, from, static s => s.IndexOfAny(')', '\n', ' '));

        public int Pair(ReadOnlySpan<char> span, int from, char c) =>
            c == '*' ? Find(ref _stars, span, from, static s => s.IndexOf("**", StringComparison.Ordinal))
                     : Find(ref _underscores, span, from, static s => s.IndexOf("__", StringComparison.Ordinal));

        private delegate int Search(ReadOnlySpan<char> span);

        private int Find(ref int cached, ReadOnlySpan<char> span, int from, Search search)
        {
            if (!_set)
            {
                (_lineEnd, _bracket, _targetEnd, _stars, _underscores, _set) = (-1, -1, -1, -1, -1, true);
            }

            if (cached < from)
            {
                var found = from >= span.Length ? -1 : search(span[from..]);
                cached = found < 0 ? span.Length : from + found;
            }

            return cached;
        }
    }

    // "**" or "__" that opens a run closed later on its line, or closes the open one; "a ** b", "2**3" and a lone
    // "**" stay. "__" never sits inside a word.
    private static int StrongMark(ReadOnlySpan<char> span, int i, ref bool open, ref NextPositions next)
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

        var pair = next.Pair(span, i + 3, c);
        if (pair >= next.LineEnd(span, i))
        {
            return 0;
        }

        open = true;
        return 2;
    }

    // "[text](url)": the text stays, the rest goes. The URL must close on the same line, without spaces.
    private static int Link(ReadOnlySpan<char> span, int i, out Range keep, ref NextPositions next)
    {
        keep = default;
        var close = next.Bracket(span, i + 1);
        if (close >= span.Length || span[close] != ']' || close + 1 >= span.Length || span[close + 1] != '(')
        {
            return 0;
        }

        var end = next.TargetEnd(span, close + 2);
        if (end >= span.Length || span[end] != ')')
        {
            return 0;
        }

        keep = 1..(close - i);
        return end - i + 1;
    }

    private static int Image(ReadOnlySpan<char> span, int i, ref NextPositions next)
    {
        var link = Link(span, i + 1, out _, ref next);
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
