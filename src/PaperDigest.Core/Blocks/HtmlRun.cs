using System.Text;

namespace PaperDigest.Blocks;

/// <summary>The inline text of one HTML block being read: white space collapsed (kept in code), links and strong runs, first and last line.</summary>
internal sealed class HtmlRun
{
    private StringBuilder _text = new();
    private readonly List<BlockLink> _links = [];
    private readonly List<(int Start, int Length)> _strong = [];
    private readonly List<BlockLink> _images = [];
    private int _firstLine;
    private int _lastLine;

    public int Length => _text.Length;

    public void Append(string data, int line, bool preserve)
    {
        foreach (var c in data)
        {
            if (!preserve && char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (_text.Length > 0 && _text[^1] is not (' ' or '\n'))
                {
                    _text.Append(' ');
                }
            }
            else
            {
                _text.Append(c);
            }
        }

        var visible = data.AsSpan().IndexOfAnyExcept(" \t\r\n\f");
        if (_firstLine == 0 && visible >= 0)
        {
            // The line of the first visible character: the text node's start plus the line breaks before it.
            _firstLine = line + data.AsSpan(0, visible).Count('\n');
        }

        // The line of the last visible character so far: a block ends there, not where the next one starts.
        var last = data.AsSpan().LastIndexOfAnyExcept(" \t\r\n\f");
        if (last >= 0)
        {
            _lastLine = line + data.AsSpan(0, last).Count('\n');
        }
    }

    /// <summary>
    /// An image (<c>&lt;img alt src&gt;</c>) where the text has got to. One without alt text is decoration to a reader
    /// (a spacer, an icon, a tracking pixel) and is not kept; a Markdown image is, since its author wrote its line.
    /// </summary>
    public void AddImage(string? alt, string? src)
    {
        if (!string.IsNullOrWhiteSpace(alt) && BlockImages.IsKept(src))
        {
            _images.Add(new BlockLink(Collapse(alt), src!.Trim(), _text.Length));
        }
    }

    public void AddLink(int start, string href)
    {
        // A block inside the link (<a><div>…</div></a>) took the run's text since the link opened: the link's
        // text is what came after that block.
        start = Math.Min(start, _text.Length);
        while (start < _text.Length && _text[start] is ' ' or '\n')
        {
            start++;
        }

        _links.Add(new BlockLink(Collapse(_text.ToString(start, _text.Length - start)), href.Trim(), start));
    }

    /// <summary>Appends an arXiv id named only in markup as a link of its own (<c>arXiv:2512.15052v1</c>).</summary>
    public void AppendArxivId(string id, int line)
    {
        Append(" ", line, preserve: false);
        var start = _text.Length;
        Append(HtmlArxivAttribute.LinkText(id), line, preserve: false);
        AddLink(start, Parsing.ArxivId.AbsUrl(id));
        Append(" ", line, preserve: false);
    }

    public void AddStrong(int start)
    {
        if (_text.Length > start)
        {
            _strong.Add((start, _text.Length - start));
        }
    }

    /// <summary>The block read so far (then empties the run), or <see langword="null"/> when it holds no text or links.</summary>
    public DigestBlock? Take(int lastLine)
    {
        var raw = _text.ToString();
        var text = raw.Trim();
        var lead = raw.Length - raw.TrimStart().Length;
        DigestBlock? block = text.Length == 0 && _links.Count == 0 && _images.Count == 0
            ? null
            : new DigestBlock
            {
                Kind = BlockKind.Paragraph,
                Text = text,
                Links = [.. _links.Select(l => l with { Start = Math.Max(0, l.Start - lead) })],
                Strong = [.. _strong.Select(s => (Math.Max(0, s.Start - lead), s.Length))],
                Images = [.. _images.Select(i => i with { Start = Math.Clamp(i.Start - lead, 0, text.Length) })],
                Lines = new LineSpan(Math.Max(1, _firstLine == 0 ? lastLine : _firstLine), Math.Max(_lastLine == 0 ? lastLine : _lastLine, _firstLine)),
            };
        // Clearing a builder that grew in chunks copies them into one array first; a new one costs nothing.
        _text = _text.Capacity > 256 ? new StringBuilder() : _text.Clear();
        _links.Clear();
        _strong.Clear();
        _images.Clear();
        _firstLine = _lastLine = 0;
        return block;
    }

    public static string Collapse(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return text;
    }
}
