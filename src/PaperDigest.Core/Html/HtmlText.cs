using System.Text;
using AngleSharp.Dom;

namespace PaperDigest.Html;

/// <summary>
/// The text of a DOM subtree, gathered over an explicit stack: AngleSharp's own <c>TextContent</c> recurses
/// once per nesting level, which a hostile page with 100,000 nested elements turns into a stack overflow.
/// </summary>
internal static class HtmlText
{
    /// <summary>The concatenated text nodes under <paramref name="root"/>, as <c>TextContent</c> would give them.</summary>
    /// <param name="root">The subtree.</param>
    /// <param name="maxLength">Stop gathering once the text is at least this long (a sample of a long page).</param>
    public static string Of(INode? root, int maxLength = int.MaxValue)
    {
        switch (root)
        {
            case null:
                return "";
            case IText leaf:
                return leaf.Data;
        }

        // Most labelled parts of a page hold one text node: return it without building anything.
        var children = root.ChildNodes;
        if (children.Length == 0)
        {
            return "";
        }

        if (children.Length == 1 && children[0] is IText only)
        {
            return only.Data;
        }

        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText leaf)
            {
                text.Append(leaf.Data);
                if (text.Length >= maxLength)
                {
                    break;
                }

                continue;
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push(node.ChildNodes[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>Every element under <paramref name="root"/> in document order, without recursion.</summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        var pending = new Stack<IElement>();
        PushChildElements(root, pending);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            yield return element;
            PushChildElements(element, pending);
        }
    }

    // ChildNodes indexes an array; Children filters the child list again on every Length and indexer call.
    private static void PushChildElements(IElement parent, Stack<IElement> pending)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement element)
            {
                pending.Push(element);
            }
        }
    }
}
