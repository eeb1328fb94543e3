using System.Text;
using AngleSharp.Dom;

namespace PaperDigest.Blocks;

/// <summary>
/// Reads a table row in one walk over its tree: each cell's text, the links in it (in document order) with the
/// arXiv ids its markup names, and the row's line feeds. A cell of 320,000 links used to be walked four times
/// (its text, its chips, its links, its line feeds); one walk with one text buffer keeps the reading linear and cheap.
/// Hidden elements (<c>script</c>, <c>style</c>, chrome a page does not show as content) give no text, as in the block walk.
/// Not thread-safe: one reader per walk, its buffers reused from row to row.
/// </summary>
internal sealed class HtmlRowReader(Func<IElement, bool> isHidden)
{
    private readonly StringBuilder _text = new();
    private readonly Stack<Open> _pending = new();
    private readonly List<(int Start, int End)> _chips = [];
    private readonly List<BlockLink> _ids = [];

    /// <summary>The row's cells, in order, and its links; <paramref name="lineFeeds"/> counts every line feed under the row.</summary>
    public (List<string> Cells, List<BlockLink> Links, bool IsHeader) Read(IElement row, out int lineFeeds)
    {
        var cells = new List<string>();
        var links = new List<BlockLink>();
        var header = true;
        lineFeeds = 0;
        foreach (var child in row.ChildNodes)
        {
            if (child is IElement { LocalName: "td" or "th" } cell)
            {
                header &= cell.LocalName == "th";
                cells.Add(ReadCell(cell, links, ref lineFeeds));
            }
            else
            {
                // White space between cells, or an element the parser left in the row: its lines only.
                lineFeeds += child.NodeType == NodeType.Text ? child.TextContent.AsSpan().Count('\n') : ElementText.LineFeeds(child);
            }
        }

        return (cells, links, header && cells.Count > 0);
    }

    private string ReadCell(IElement cell, List<BlockLink> links, ref int lineFeeds)
    {
        _text.Clear();
        _chips.Clear();
        _ids.Clear();
        var chips = IsChipList(cell);
        _pending.Push(new Open(cell, 0, 0, -1));
        while (_pending.TryPop(out var open))
        {
            var children = open.Node.ChildNodes;
            if (open.Next < children.Length)
            {
                _pending.Push(open with { Next = open.Next + 1 });
                Visit(children[open.Next], links, ref lineFeeds);
            }
            else if (!ReferenceEquals(open.Node, cell))
            {
                Leave(open, cell, chips, links);
            }
        }

        var text = chips ? ChipText() : HtmlRun.Collapse(_text.ToString());
        foreach (var id in _ids)
        {
            text = text.Length == 0 ? id.Text : text + " " + id.Text;
        }

        links.AddRange(_ids);
        return text;
    }

    private void Visit(INode child, List<BlockLink> links, ref int lineFeeds)
    {
        if (child.NodeType == NodeType.Text)
        {
            var data = child.TextContent;
            _text.Append(data);
            lineFeeds += data.AsSpan().Count('\n');
            return;
        }

        if (child is not IElement element)
        {
            return;
        }

        if (isHidden(element))
        {
            lineFeeds += ElementText.LineFeeds(element);
            return;
        }

        if (HtmlArxivAttribute.Find(element) is { } id)
        {
            var linkText = HtmlArxivAttribute.LinkText(id);
            _ids.Add(new BlockLink(linkText, Parsing.ArxivId.AbsUrl(id)));
        }

        var link = -1;
        if (element.LocalName == "a" && element.GetAttribute("href") is { } href)
        {
            // Its place is taken now, so links keep document order; its text is known when the walk leaves it.
            link = links.Count;
            links.Add(new BlockLink(string.Empty, href));
        }

        _pending.Push(new Open(element, 0, _text.Length, link));
    }

    private void Leave(Open open, IElement cell, bool chips, List<BlockLink> links)
    {
        if (open.Link >= 0)
        {
            links[open.Link] = links[open.Link] with { Text = HtmlRun.Collapse(_text.ToString(open.Start, _text.Length - open.Start)) };
        }

        if (chips && ReferenceEquals(open.Node.Parent, cell))
        {
            _chips.Add((open.Start, _text.Length));
        }
    }

    // A cell of repeated chips (<span class=tag>a</span> <span class=tag>b</span>) is a list: its items are kept
    // apart by commas, as a reader sees separate boxes. Any other cell is its collapsed text.
    private string ChipText()
    {
        var joined = new StringBuilder(_text.Length + (_chips.Count * 2));
        foreach (var (start, end) in _chips)
        {
            var chip = HtmlRun.Collapse(_text.ToString(start, end - start));
            if (chip.Length > 0)
            {
                joined.Append(joined.Length > 0 ? ", " : string.Empty).Append(chip);
            }
        }

        return joined.ToString();
    }

    private static bool IsChipList(IElement cell)
    {
        var children = cell.Children;
        if (children.Length < 2)
        {
            return false;
        }

        var first = children[0];
        foreach (var node in cell.ChildNodes)
        {
            switch (node)
            {
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    return false;
                case IElement element when element.LocalName != first.LocalName || element.ClassName != first.ClassName || !HtmlBlockReader.IsInline(element.LocalName):
                    return false;
            }
        }

        return true;
    }

    /// <summary>An element being read: the next child to visit, where its text starts, and the link it opened (or -1).</summary>
    private readonly record struct Open(INode Node, int Next, int Start, int Link);
}
