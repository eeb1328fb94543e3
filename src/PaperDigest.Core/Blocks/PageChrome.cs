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
        var held = new HashSet<IElement>();
        var chrome = new List<(IElement Element, long Text)>();
        var totals = new Dictionary<INode, long>();
        var pending = new Stack<(INode Node, int Next)>();
        pending.Push((body, 0));
        while (pending.Count > 0)
        {
            var (node, next) = pending.Pop();
            if (next < node.ChildNodes.Length)
            {
                pending.Push((node, next + 1));
                var child = node.ChildNodes[next];
                if (child.NodeType == NodeType.Text)
                {
                    totals[node] = totals.GetValueOrDefault(node) + child.TextContent.Trim().Length;
                }
                else if (child is IElement element && (!skipped.Contains(element.LocalName) || Names.Contains(element.LocalName)))
                {
                    pending.Push((child, 0));
                }

                continue;
            }

            var total = totals.GetValueOrDefault(node);
            if (node.Parent is { } parent && !ReferenceEquals(node, body))
            {
                totals[parent] = totals.GetValueOrDefault(parent) + total;
            }

            if (node is IElement { } done && Names.Contains(done.LocalName))
            {
                chrome.Add((done, total));
            }

            totals.Remove(node);
            if (ReferenceEquals(node, body))
            {
                foreach (var (element, text) in chrome)
                {
                    if (text > 0 && text * 2 >= total)
                    {
                        held.Add(element);
                    }
                }
            }
        }

        return held;
    }
}
