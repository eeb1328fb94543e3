using AngleSharp.Dom;

namespace PaperDigest.Blocks;

/// <summary>
/// Navigation, side bars and forms are a page's chrome and are skipped, except where one of them holds the page's
/// content: an ASP.NET page wraps everything in one <c>&lt;form&gt;</c>, a blog theme may put the post in an
/// <c>&lt;aside&gt;</c>, a script-built page its server copy in <c>&lt;noscript&gt;</c> (shown by a browser without scripts,
/// which is what this reader is). Such an element (holding half of the body's text or more) is read like any container.
/// One iterative pass over the tree counts the text under each element.
/// </summary>
internal static class PageChrome
{
    public static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "form", "noscript" };

    /// <summary>The chrome elements under <paramref name="body"/> that hold half of its text or more.</summary>
    public static HashSet<IElement> HoldingContent(IElement body, HashSet<string> skipped)
    {
        var chrome = new List<(IElement Element, long Text)>();
        // Each open element carries the text counted under it so far; a closed one hands its count to its parent,
        // which is the frame below it: no table keyed by node.
        var pending = new Stack<Open>();
        pending.Push(new Open(body, 0, 0));
        long total = 0;
        while (pending.TryPop(out var open))
        {
            var children = open.Node.ChildNodes;
            if (open.Next < children.Length)
            {
                var child = children[open.Next];
                var text = child.NodeType == NodeType.Text ? child.TextContent.AsSpan().Trim().Length : 0;
                pending.Push(open with { Next = open.Next + 1, Text = open.Text + text });
                if (child is IElement element && (!skipped.Contains(element.LocalName) || Names.Contains(element.LocalName)))
                {
                    pending.Push(new Open(element, 0, 0));
                }

                continue;
            }

            if (open.Node is IElement done && Names.Contains(done.LocalName) && !ReferenceEquals(done, body))
            {
                chrome.Add((done, open.Text));
            }

            if (pending.TryPop(out var parent))
            {
                pending.Push(parent with { Text = parent.Text + open.Text });
            }
            else
            {
                total = open.Text;
            }
        }

        var held = new HashSet<IElement>();
        foreach (var (element, text) in chrome)
        {
            if (text > 0 && text * 2 >= total)
            {
                held.Add(element);
            }
        }

        return held;
    }

    /// <summary>An element being counted: the next child to visit and the text counted under it so far.</summary>
    private readonly record struct Open(IElement Node, int Next, long Text);
}
