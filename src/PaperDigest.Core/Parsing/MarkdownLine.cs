using System.Text;

namespace PaperDigest.Parsing;

/// <summary>
/// One line of plain text or light Markdown reduced to its block kind and plain text: heading marks,
/// bullets, quote marks, <c>**bold**</c> and <c>__bold__</c> removed, <c>[text](url)</c> turned into its
/// text with the URL collected as a typed link. Parsers of text layouts read Markdown-wrapped documents
/// through it and see the same content as in the plain version.
/// </summary>
/// <param name="Kind">The block kind.</param>
/// <param name="Level">The heading level (1 to 6); 0 for other kinds.</param>
/// <param name="Text">The plain text, trimmed.</param>
internal readonly record struct MarkdownLine(MarkdownLineKind Kind, int Level, string Text)
{
    /// <summary>Reads one line.</summary>
    /// <param name="line">The raw line.</param>
    /// <param name="links">Receives the targets of Markdown links, when not <see langword="null"/>.</param>
    /// <returns>The block kind and plain text.</returns>
    public static MarkdownLine Read(ReadOnlySpan<char> line, List<DigestLink>? links = null)
    {
        var kind = KindOf(line, out var level, out var content);
        return kind is MarkdownLineKind.Blank or MarkdownLineKind.Rule
            ? new MarkdownLine(kind, 0, "")
            : new MarkdownLine(kind, level, Inline(line.Slice(content.Start, content.Length).Trim(), links));
    }

    /// <summary>The block kind of a line without allocating: for detection, which only counts.</summary>
    /// <param name="line">The raw line.</param>
    /// <param name="level">The heading level (1 to 6); 0 for other kinds.</param>
    /// <param name="content">Where the text after the block marks lies in <paramref name="line"/>.</param>
    /// <returns>The block kind.</returns>
    public static MarkdownLineKind KindOf(ReadOnlySpan<char> line, out int level, out (int Start, int Length) content)
    {
        level = 0;
        var leading = line.Length - line.TrimStart().Length;
        var text = line.Trim();
        content = (leading, text.Length);
        if (text.IsEmpty)
        {
            return MarkdownLineKind.Blank;
        }

        if (IsRule(text))
        {
            return MarkdownLineKind.Rule;
        }

        var marks = text.IndexOfAnyExcept('#');
        if (marks is > 0 and <= 6 && char.IsWhiteSpace(text[marks]))
        {
            level = marks;
            content = (leading + marks, text.Length - marks);
            return MarkdownLineKind.Heading;
        }

        if (text[0] == '>')
        {
            content = (leading + 1, text.Length - 1);
            return MarkdownLineKind.Quote;
        }

        if (text.Length > 1 && text[0] is '-' or '*' or '+' or '•' or '·' && (char.IsWhiteSpace(text[1]) || text[0] is '•' or '·'))
        {
            content = (leading + 1, text.Length - 1);
            return MarkdownLineKind.Bullet;
        }

        return MarkdownLineKind.Text;
    }

    private static bool IsRule(ReadOnlySpan<char> text) =>
        text.Length >= 3 && text[0] is '-' or '*' or '_' && !text.ContainsAnyExcept(text[0], ' ');

    // Emphasis marks dropped, links reduced to their text.
    private static string Inline(ReadOnlySpan<char> text, List<DigestLink>? links)
    {
        if (text.IndexOfAny("*_[<") < 0)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        var closes = new LinkCloses();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c is '*' or '_') && i + 1 < text.Length && text[i + 1] == c)
            {
                i++;
                continue;
            }

            if (c == '[' && TryLink(text, i, ref closes, out var label, out var url, out var length))
            {
                // "![alt](src)": the image's address is a link of its own kind.
                var image = i > 0 && text[i - 1] == '!';
                builder.Append(label);

                if (links is not null && LinkExtractor.IsWebUrl(url))
                {
                    links.Add(image ? new DigestLink(LinkKind.Image, null, url.ToString()) : LinkExtractor.Classify(url.ToString()));
                }

                i += length - 1;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }

    // [label](url) at `start`. The next "](" and the ')' after it are found once and reused by every '[' before
    // them, so a line of a million '[' is read in linear time.
    private static bool TryLink(ReadOnlySpan<char> text, int start, ref LinkCloses closes, out ReadOnlySpan<char> label, out ReadOnlySpan<char> url, out int length)
    {
        label = url = default;
        length = 0;
        if (closes.Close < start)
        {
            var found = text[start..].IndexOf("](", StringComparison.Ordinal);
            closes = found < 0 ? new LinkCloses(int.MaxValue, -1) : new LinkCloses(start + found, -1);
        }

        var close = closes.Close;
        if (close == int.MaxValue || close == start || text[(start + 1)..close].Contains('['))
        {
            return false;
        }

        if (closes.Paren < 0)
        {
            var found = text[(close + 2)..].IndexOf(')');
            closes = closes with { Paren = found < 0 ? int.MaxValue : close + 2 + found };
        }

        if (closes.Paren == int.MaxValue)
        {
            return false;
        }

        label = text[(start + 1)..close];
        url = text[(close + 2)..closes.Paren].Trim();
        length = closes.Paren - start + 1;
        return true;
    }

    // Where the next "](" is, and the ')' after it (-1 before it is looked for; int.MaxValue when there is none).
    private record struct LinkCloses(int Close, int Paren)
    {
        public LinkCloses()
            : this(-1, -1)
        {
        }
    }
}
