using System.Text;
using AngleSharp.Dom;

namespace PaperDigest.Blocks;

/// <summary>
/// An element's text, as <c>TextContent</c> gives it (its text nodes in document order), gathered with an explicit
/// stack: AngleSharp's own <c>TextContent</c> recurses once per level, and a cell nested through 60,000 elements
/// overflowed the stack.
/// </summary>
internal static class ElementText
{
    public static string Of(INode node)
    {
        // Most links and chips hold one text node: no builder, no stack.
        var children = node.ChildNodes;
        if (children.Length == 0)
        {
            return string.Empty;
        }

        if (children.Length == 1 && children[0].NodeType == NodeType.Text)
        {
            return children[0].TextContent;
        }

        var text = new StringBuilder();
        foreach (var data in TextNodes(node))
        {
            text.Append(data);
        }

        return text.ToString();
    }

    /// <summary>How many line feeds the element's text holds, without building the text.</summary>
    public static int LineFeeds(INode node)
    {
        var count = 0;
        foreach (var data in TextNodes(node))
        {
            count += data.AsSpan().Count('\n');
        }

        return count;
    }

    private static IEnumerable<string> TextNodes(INode node)
    {
        var pending = new Stack<(INode Node, int Next)>();
        pending.Push((node, 0));
        while (pending.Count > 0)
        {
            var (current, next) = pending.Pop();
            if (next >= current.ChildNodes.Length)
            {
                continue;
            }

            pending.Push((current, next + 1));
            var child = current.ChildNodes[next];
            if (child.NodeType == NodeType.Text)
            {
                yield return child.TextContent;
            }
            else if (child.NodeType == NodeType.Element)
            {
                pending.Push((child, 0));
            }
        }
    }
}
