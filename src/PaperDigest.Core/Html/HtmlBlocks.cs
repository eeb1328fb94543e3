using System.Text;
using AngleSharp.Dom;

namespace PaperDigest.Html;

/// <summary>
/// Turns a web page into the light Markdown the text layouts read: headings as <c>#</c> lines, paragraphs,
/// list items as <c>- </c> lines (so items that plain text ran together stay separate), quotes, and links
/// as <c>[text](href)</c> so a link keeps its target even when its text is only <c>链接</c>. Scripts,
/// styles, navigation, sidebars, forms and embedded frames are dropped.
/// </summary>
internal static class HtmlBlocks
{
    // Past this nesting depth the rest of a subtree becomes plain text gathered without recursion, so
    // hostile pages (100,000 nested elements) cannot exhaust the stack.
    private const int MaxDepth = 128;

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "iframe", "frame", "svg", "canvas", "form",
        "button", "select", "textarea", "object", "embed", "video", "audio", "img", "picture", "head",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "dl", "dt", "dd", "table", "thead",
        "tbody", "tr", "td", "th", "figure", "figcaption", "address", "details", "summary", "body", "center",
    };

    public static string ToText(string html, AngleSharp.IConfiguration? configuration = null)
    {
        var document = HtmlInput.Parse(html, configuration);
        var output = new StringBuilder(html.Length / 2);
        if (document.Body is { } body)
        {
            Block(body, output, 0);
        }

        return output.ToString().TrimEnd() + "\n";
    }

    private static void Block(IElement element, StringBuilder output, int depth)
    {
        var inline = new StringBuilder();
        if (depth > MaxDepth)
        {
            AppendTextWithoutRecursion(element, inline);
            Flush(inline, output, "");
            return;
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                AppendCollapsed(inline, text.Data);
                continue;
            }

            if (node is not IElement child || Dropped.Contains(child.LocalName))
            {
                continue;
            }

            var name = child.LocalName;
            if (name is "br")
            {
                inline.Append('\n'); // A line break inside a paragraph stays a line break.
            }
            else if (name is "hr")
            {
                Flush(inline, output, "");
                output.Append("---\n\n");
            }
            else if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                Flush(inline, output, "");
                Flush(Inline(child, depth + 1), output, new string('#', name[1] - '0') + " ");
            }
            else if (name is "li")
            {
                Flush(inline, output, "");
                ListItem(child, output, depth + 1);
            }
            else if (name is "blockquote")
            {
                Flush(inline, output, "");
                Flush(Inline(child, depth + 1), output, "> ");
            }
            else if (name is "pre")
            {
                Flush(inline, output, "");
                output.Append(HtmlText.Of(child).TrimEnd()).Append("\n\n");
            }
            else if (BlockElements.Contains(name))
            {
                Flush(inline, output, "");
                Block(child, output, depth + 1);
            }
            else
            {
                AppendInline(child, inline, depth + 1);
            }
        }

        Flush(inline, output, "");
    }

    // A list item's own text on one "- " line; nested lists after it.
    private static void ListItem(IElement item, StringBuilder output, int depth)
    {
        var inline = new StringBuilder();
        var nested = new List<IElement>();
        foreach (var node in item.ChildNodes)
        {
            if (node is IText text)
            {
                AppendCollapsed(inline, text.Data);
            }
            else if (node is IElement child && !Dropped.Contains(child.LocalName))
            {
                if (child.LocalName is "ul" or "ol")
                {
                    nested.Add(child);
                }
                else
                {
                    AppendInline(child, inline, depth + 1);
                }
            }
        }

        Flush(inline, output, "- ");
        foreach (var list in nested)
        {
            Block(list, output, depth + 1);
        }
    }

    private static StringBuilder Inline(IElement element, int depth)
    {
        var inline = new StringBuilder();
        AppendInline(element, inline, depth);
        return inline;
    }

    private static void AppendInline(IElement element, StringBuilder inline, int depth)
    {
        if (Dropped.Contains(element.LocalName))
        {
            return;
        }

        if (depth > MaxDepth)
        {
            AppendTextWithoutRecursion(element, inline);
            return;
        }

        if (element.LocalName == "a" && element.GetAttribute("href") is { } href && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            inline.Append('[');
            AppendTextWithoutRecursion(element, inline);
            inline.Append("](").Append(href.Trim()).Append(')');
            return;
        }

        if (element.LocalName == "br")
        {
            inline.Append('\n');
            return;
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                AppendCollapsed(inline, text.Data);
            }
            else if (node is IElement child)
            {
                AppendInline(child, inline, depth + 1);
            }
        }
    }

    // Depth-first over an explicit stack: the text of any subtree, however deep, skipping dropped elements.
    internal static void AppendTextWithoutRecursion(INode root, StringBuilder inline)
    {
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                AppendCollapsed(inline, text.Data);
                continue;
            }

            if (node is IElement element && Dropped.Contains(element.LocalName))
            {
                continue;
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push(node.ChildNodes[i]);
            }
        }
    }

    // HTML white space (including line breaks in the source) collapses to single spaces.
    private static void AppendCollapsed(StringBuilder inline, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inline.Length > 0 && inline[^1] is not (' ' or '\n'))
                {
                    inline.Append(' ');
                }
            }
            else
            {
                inline.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder inline, StringBuilder output, string prefix)
    {
        var lines = inline.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        inline.Clear();
        if (lines.Length > 0)
        {
            output.Append(prefix).AppendJoin('\n', lines).Append("\n\n");
        }
    }
}
