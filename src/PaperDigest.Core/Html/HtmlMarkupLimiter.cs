using System.Text;

namespace PaperDigest.Html;

/// <summary>
/// Caps nesting depth and attributes per element in the markup itself, before AngleSharp builds a tree:
/// its tree builder is quadratic in depth and its duplicate-attribute check quadratic in attributes, so a
/// 2 MB page of 100,000 nested <c>&lt;div&gt;</c> or attributes would take minutes. Depth is capped as Blink
/// caps it (at 512): an element that would open deeper is placed beside the innermost open one instead of
/// inside it (the markup gains that element's end tag before it, and loses the end tag that comes later), so
/// every element and its text stay, only flatter. Attributes past the cap are dropped. One linear pass; the
/// input string itself is returned when nothing changes.
/// </summary>
/// <remarks>
/// Depth is counted as written, with the tree builder's commonest implied ends: a start tag of an element whose end
/// tag is optional closes an open one of its kind (<c>li</c> after <c>li</c>, <c>td</c> after <c>th</c>), a block
/// closes an open <c>p</c>, and an end tag closes the nearest open element of its name among the innermost 16
/// (those inside it with it) and is otherwise ignored, as a stray. Void elements do not count. Comments and the content of raw-text elements (<c>script</c>, <c>style</c>,
/// <c>textarea</c> …) are skipped.
/// <para>
/// Where the tree builder keeps more open than the markup says, the count errs high, never low: <c>&lt;div/&gt;</c> opens a
/// <c>div</c> (self-closing syntax counts only on void elements and inside <c>svg</c>/<c>math</c>); <c>&lt;!--&gt;</c> and
/// <c>&lt;!---&gt;</c> are whole comments; <c>noscript</c> is markup, since the parser runs without scripting; and the end tag
/// of a formatting element (<c>b</c>, <c>a</c>, <c>em</c> …) with a block opened inside it closes nothing, because the
/// adoption agency keeps that block open. Formatting elements left without their end tag are re-created in every
/// later paragraph (the active formatting list); at most <see cref="MaxUnendedFormatting"/> are kept so: past that,
/// the oldest gets its end tag, so the tree stays linear in the markup.
/// </para>
/// </remarks>
internal static class HtmlMarkupLimiter
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements, and the elements a parser opens once
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "html", "head", "body",
    };

    // Elements whose end tag is optional: a start tag of the same group closes the open one (a new <li> ends the
    // last), as the tree builder does, so an unclosed list does not read as deep nesting.
    private static readonly Dictionary<string, string> ImpliedEndGroup = new(StringComparer.OrdinalIgnoreCase)
    {
        ["li"] = "li", ["dt"] = "dd", ["dd"] = "dd", ["p"] = "p", ["option"] = "option", ["tr"] = "tr", ["td"] = "td", ["th"] = "td",
        ["thead"] = "tbody", ["tbody"] = "tbody", ["tfoot"] = "tbody", ["rb"] = "rb", ["rt"] = "rb", ["rtc"] = "rb", ["rp"] = "rb",
    };

    // Start tags of blocks close an open <p>, as in the tree builder.
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
    };

    // noscript is not here: without scripting the parser reads its content as markup.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    // The elements the tree builder keeps in its list of active formatting elements and re-creates after a block.
    private static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // Where self-closing syntax is honoured on any element.
    private static readonly HashSet<string> ForeignRoots = new(StringComparer.OrdinalIgnoreCase) { "svg", "math" };

    /// <summary>How many formatting elements may stay without their end tag before the oldest is given one.</summary>
    public const int MaxUnendedFormatting = 8;

    /// <summary>What a limit cut: how many tags, attributes and formatting elements, and the source line of the first of each.</summary>
    public readonly record struct Cuts(int Tags, int FirstTagLine, int Attributes, int FirstAttributeLine, int FormattingEnds = 0, int FirstFormattingLine = 0)
    {
        public bool Any => Tags > 0 || Attributes > 0 || FormattingEnds > 0;
    }

    public static string Apply(string html, int maxDepth, int maxAttributes, out Cuts cuts)
    {
        var scan = new Scanner(html, maxDepth, maxAttributes);
        scan.Run();
        cuts = scan.Result;
        return scan.Output ?? html;
    }

    private struct Scanner(string html, int maxDepth, int maxAttributes)
    {
        // How far down the open elements an end tag looks for its start tag.
        private const int EndTagReach = 16;

        private readonly List<OpenElement> _open = [];   // as written
        private readonly Stack<int> _inTree = new();     // indexes into _open of those still open in the tree
        private readonly List<Range> _unended = [];       // names of formatting start tags still without an end tag
        private int _foreignAt = -1;                      // index into _open of the outermost svg or math
        private StringBuilder? _output;
        private int _copied;
        private int _line = 1;
        private int _lineCountedTo;
        private Cuts _cuts;

        public readonly Cuts Result => _cuts;

        public readonly string? Output => _output?.ToString();

        public void Run()
        {
            var text = html.AsSpan();
            var at = 0;
            while (true)
            {
                var next = text[at..].IndexOf('<');
                if (next < 0 || at + next + 1 >= text.Length)
                {
                    break;
                }

                at += next;
                at = Markup(text, at);
            }

            if (_output is not null)
            {
                _output.Append(html, _copied, html.Length - _copied);
            }
        }

        // Reads the markup at `at` (a '<'); returns where scanning goes on.
        private int Markup(ReadOnlySpan<char> text, int at)
        {
            var c = text[at + 1];
            if (text[at..].StartsWith("<!--", StringComparison.Ordinal))
            {
                // "<!-->" and "<!--->" are whole (empty) comments to the tokenizer.
                if (text[(at + 4)..] is ['>', ..])
                {
                    return at + 5;
                }

                if (text[(at + 4)..] is ['-', '>', ..])
                {
                    return at + 6;
                }

                var commentEnd = text[(at + 4)..].IndexOf("-->", StringComparison.Ordinal);
                return commentEnd < 0 ? text.Length : at + 4 + commentEnd + 3;
            }

            if (c is '!' or '?')
            {
                var declarationEnd = text[at..].IndexOf('>');
                return declarationEnd < 0 ? text.Length : at + declarationEnd + 1;
            }

            var isEnd = c == '/';
            var nameStart = at + (isEnd ? 2 : 1);
            if (nameStart >= text.Length || !char.IsAsciiLetter(text[nameStart]))
            {
                return at + 1; // a literal '<'
            }

            var nameEnd = nameStart;
            while (nameEnd < text.Length && !IsNameEnd(text[nameEnd]))
            {
                nameEnd++;
            }

            var name = text[nameStart..nameEnd];
            var counted = !Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
            if (isEnd)
            {
                var close = text[nameEnd..].IndexOf('>');
                var tagEnd = close < 0 ? text.Length : nameEnd + close + 1;
                if (counted)
                {
                    Ended(text, name);
                    End(text, name, at, tagEnd);
                }

                return tagEnd;
            }

            var (end, selfClosing, cutFrom, cutTo) = Attributes(text, nameEnd);
            if (cutFrom >= 0)
            {
                CountAttributeCut(at);
            }

            if (counted && !(selfClosing && _foreignAt >= 0))
            {
                CloseImplied(text, name);
                if (Formatting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
                {
                    Unended(at, nameStart, nameEnd);
                }

                if (_foreignAt < 0 && ForeignRoots.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
                {
                    _foreignAt = _open.Count;
                }

                Open(at, nameStart, nameEnd - nameStart);
            }

            if (cutFrom >= 0)
            {
                Cut(cutFrom, cutTo);
            }

            if (RawText.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                var closing = IndexOfEndTag(text[end..], name);
                if (closing >= 0)
                {
                    return end + closing;
                }

                return text.Length;
            }

            return end;
        }

        // Past the start tag's attributes, and the range of those past the cap (the tag's '>' stays).
        private readonly (int End, bool SelfClosing, int CutFrom, int CutTo) Attributes(ReadOnlySpan<char> text, int i)
        {
            var count = 0;
            var cutFrom = -1;
            while (i < text.Length)
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    break;
                }

                if (text[i] == '>')
                {
                    var selfClosing = text[i - 1] == '/';
                    return (i + 1, selfClosing, cutFrom, selfClosing ? i - 1 : i);
                }

                var attributeStart = i;
                if (text[i] == '/')
                {
                    i++;
                    continue;
                }

                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('>' or '=' or '/'))
                {
                    i++;
                }

                if (i < text.Length && text[i] == '=')
                {
                    i = Value(text, i + 1);
                }

                if (++count == maxAttributes + 1)
                {
                    cutFrom = attributeStart;
                }
            }

            return (text.Length, false, cutFrom, text.Length);
        }

        private void CountAttributeCut(int tagStart)
        {
            if (_cuts.Attributes == 0)
            {
                _cuts = _cuts with { FirstAttributeLine = LineAt(tagStart) };
            }

            _cuts = _cuts with { Attributes = _cuts.Attributes + 1 };
        }

        private static int Value(ReadOnlySpan<char> text, int i)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] is '"' or '\'')
            {
                var close = text[(i + 1)..].IndexOf(text[i]);
                return close < 0 ? text.Length : i + 1 + close + 1;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>')
            {
                i++;
            }

            return i;
        }

        // A formatting start tag; past the cap the oldest one still without its end tag is given one here.
        private void Unended(int at, int nameStart, int nameEnd)
        {
            if (_unended.Count >= MaxUnendedFormatting)
            {
                var oldest = _unended[0];
                _unended.RemoveAt(0);
                if (_cuts.FormattingEnds == 0)
                {
                    _cuts = _cuts with { FirstFormattingLine = LineAt(at) };
                }

                _cuts = _cuts with { FormattingEnds = _cuts.FormattingEnds + 1 };
                Insert(at, $"</{html.AsSpan(oldest)}>");
            }

            _unended.Add(nameStart..nameEnd);
        }

        // A formatting end tag takes the latest start tag of its name off the unended list.
        private readonly void Ended(ReadOnlySpan<char> text, ReadOnlySpan<char> name)
        {
            for (var i = _unended.Count - 1; i >= 0; i--)
            {
                if (text[_unended[i]].Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    _unended.RemoveAt(i);
                    return;
                }
            }
        }

        // A start tag: past the cap, the innermost element in the tree is closed first, so this one becomes its sibling.
        // A start tag ends the open element it implies the end of (only the innermost is looked at).
        private void CloseImplied(ReadOnlySpan<char> text, ReadOnlySpan<char> name)
        {
            if (_open.Count == 0)
            {
                return;
            }

            var top = text.Slice(_open[^1].NameStart, _open[^1].NameLength);
            var groups = ImpliedEndGroup.GetAlternateLookup<ReadOnlySpan<char>>();
            var closes = (groups.TryGetValue(name, out var group) && groups.TryGetValue(top, out var topGroup) && group == topGroup)
                || (top.Equals("p", StringComparison.OrdinalIgnoreCase) && ClosesParagraph.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name));
            if (closes)
            {
                Pop(_open.Count - 1);
            }
        }

        private void Open(int at, int nameStart, int nameLength)
        {
            if (_inTree.Count >= maxDepth)
            {
                var innermost = _inTree.Pop();
                _open[innermost] = _open[innermost] with { ClosedEarly = true };
                if (_cuts.Tags == 0)
                {
                    _cuts = _cuts with { FirstTagLine = LineAt(at) };
                }

                _cuts = _cuts with { Tags = _cuts.Tags + 1 };
                Insert(at, $"</{html.AsSpan(_open[innermost].NameStart, _open[innermost].NameLength)}>");
            }

            _inTree.Push(_open.Count);
            _open.Add(new OpenElement(nameStart, nameLength, ClosedEarly: false));
        }

        // An end tag closes its element and the ones opened inside it; one whose element was closed early goes.
        private void End(ReadOnlySpan<char> text, ReadOnlySpan<char> name, int at, int tagEnd)
        {
            var match = -1;
            for (var i = _open.Count - 1; i >= Math.Max(0, _open.Count - EndTagReach); i--)
            {
                if (text.Slice(_open[i].NameStart, _open[i].NameLength).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    match = i;
                    break;
                }
            }

            if (match < 0 || KeepsBlockOpen(text, match))
            {
                return;
            }

            if (Pop(match))
            {
                Cut(at, tagEnd);
            }
        }

        // The end tag of a formatting element over a block: the adoption agency moves the block out, still open.
        private readonly bool KeepsBlockOpen(ReadOnlySpan<char> text, int match)
        {
            var formatting = Formatting.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!formatting.Contains(text.Slice(_open[match].NameStart, _open[match].NameLength)))
            {
                return false;
            }

            for (var i = match + 1; i < _open.Count; i++)
            {
                if (!formatting.Contains(text.Slice(_open[i].NameStart, _open[i].NameLength)))
                {
                    return true;
                }
            }

            return false;
        }

        // Closes the open element at `index` and those inside it; whether that element had been closed early.
        private bool Pop(int index)
        {
            if (_foreignAt >= index)
            {
                _foreignAt = -1;
            }

            while (_inTree.Count > 0 && _inTree.Peek() >= index)
            {
                _inTree.Pop();
            }

            var closedEarly = _open[index].ClosedEarly;
            _open.RemoveRange(index, _open.Count - index);
            return closedEarly;
        }

        private void Insert(int at, string markup)
        {
            _output ??= new StringBuilder(html.Length + 1024);
            _output.Append(html, _copied, at - _copied).Append(markup);
            _copied = at;
        }

        // Drops html[start..end) from the output but keeps its line breaks, so source lines stay right.
        private void Cut(int start, int end)
        {
            _output ??= new StringBuilder(html.Length);
            _output.Append(html, _copied, start - _copied);
            var newlines = html.AsSpan(start, end - start).Count('\n');
            _output.Append('\n', newlines);
            _copied = end;
        }

        // Lines are counted forward only, so the whole pass stays linear.
        private int LineAt(int position)
        {
            if (position > _lineCountedTo)
            {
                _line += html.AsSpan(_lineCountedTo, position - _lineCountedTo).Count('\n');
                _lineCountedTo = position;
            }

            return _line;
        }

        private readonly record struct OpenElement(int NameStart, int NameLength, bool ClosedEarly);

        private static bool IsNameEnd(char c) => char.IsWhiteSpace(c) || c is '>' or '/';

        private static int IndexOfEndTag(ReadOnlySpan<char> text, ReadOnlySpan<char> name)
        {
            var at = 0;
            while (true)
            {
                var found = text[at..].IndexOf("</", StringComparison.Ordinal);
                if (found < 0)
                {
                    return -1;
                }

                at += found;
                var rest = text[(at + 2)..];
                if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (rest.Length == name.Length || IsNameEnd(rest[name.Length])))
                {
                    return at;
                }

                at += 2;
            }
        }
    }
}
