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
        var text = new StringBuilder();
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
                text.Append(child.TextContent);
            }
            else if (child.NodeType == NodeType.Element)
            {
                pending.Push((child, 0));
            }
        }

        return text.ToString();
    }
}
