using System.Text;
using Markdig.Syntax.Inlines;

namespace PaperDigest.Blocks;

/// <summary>The plain text, links and strong runs of a Markdig inline container.</summary>
internal sealed class InlineText
{
    private readonly StringBuilder _text = new();
    private readonly List<BlockLink> _links = [];
    private readonly List<(int Start, int Length)> _strong = [];
    private readonly List<BlockLink> _images = [];

    // Raw inline HTML a Markdown writer used for links and bold (<a href="…">PDF</a>, <strong>…</strong>, <br>).
    private string? _anchorHref;
    private int _anchorStart = -1;
    private int _strongStart = -1;

    private string? _trimmed;

    /// <summary>
    /// Reads one container's runs into this instance, dropping what it held: a front end reuses one instance for
    /// all its blocks (callers copy <see cref="Links"/> and <see cref="Strong"/> before the next read).
    /// </summary>
    public InlineText Read(ContainerInline? inline)
    {
        _text.Clear();
        _links.Clear();
        _strong.Clear();
        _images.Clear();
        (_anchorHref, _anchorStart, _strongStart, _trimmed) = (null, -1, -1, null);
        if (inline is not null)
        {
            Append(inline);
        }

        return this;
    }

    /// <summary>The runs' text, trimmed; made once per read.</summary>
    public string Text => _trimmed ??= Trimmed(_text);

    private static string Trimmed(StringBuilder text)
    {
        var (start, end) = (0, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.ToString(start, end - start);
    }

    public IReadOnlyList<BlockLink> Links => _links;

    public IReadOnlyList<(int Start, int Length)> Strong => _strong;

    /// <summary>The images, each at the offset in <see cref="Text"/> where it stands.</summary>
    public IReadOnlyList<BlockLink> Images => _images;

    // Explicit stack: inline nesting in hostile input can be deep, and recursion must not follow it.
    private void Append(ContainerInline root)
    {
        var leading = 0;
        var pending = new Stack<(Inline Node, bool Exit, int Start)>();
        pending.Push((root, false, 0));
        while (pending.TryPop(out var item))
        {
            var (node, exit, start) = item;
            if (exit)
            {
                Close(node, start);
                continue;
            }

            switch (node)
            {
                case LiteralInline literal:
                    _text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    _text.Append(code.ContentSpan);
                    break;
                case LineBreakInline:
                    _text.Append('\n');
                    break;
                case HtmlEntityInline entity:
                    _text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    _links.Add(new BlockLink(autolink.Url, autolink.Url, _text.Length));
                    _text.Append(autolink.Url);
                    break;
                case HtmlInline html:
                    AppendHtml(html.Tag);
                    break;
                case ContainerInline container:
                    pending.Push((container, true, _text.Length));
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push((child, false, 0));
                    }

                    break;
            }
        }

        // Trim() in Text drops leading white space; keep the strong offsets in step with it.
        while (leading < _text.Length && char.IsWhiteSpace(_text[leading]))
        {
            leading++;
        }

        if (leading > 0)
        {
            for (var i = 0; i < _strong.Count; i++)
            {
                _strong[i] = (Math.Max(0, _strong[i].Start - leading), _strong[i].Length);
            }

            for (var i = 0; i < _links.Count; i++)
            {
                _links[i] = _links[i] with { Start = Math.Max(0, _links[i].Start - leading) };
            }

            for (var i = 0; i < _images.Count; i++)
            {
                _images[i] = _images[i] with { Start = Math.Max(0, _images[i].Start - leading) };
            }
        }
    }

    private void AppendHtml(string? tag)
    {
        var name = InlineHtmlTag.Name(tag, out var closing);
        switch (name)
        {
            case "a" when !closing:
                (_anchorHref, _anchorStart) = (InlineHtmlTag.Attribute(tag, "href"), _text.Length);
                break;
            case "a" when _anchorHref is { Length: > 0 } href && _anchorStart >= 0:
                _links.Add(new BlockLink(_text.ToString(_anchorStart, _text.Length - _anchorStart).Trim(), href, _anchorStart));
                (_anchorHref, _anchorStart) = (null, -1);
                break;
            case "strong" or "b" when !closing:
                _strongStart = _text.Length;
                break;
            case "strong" or "b" when _strongStart >= 0 && _text.Length > _strongStart:
                _strong.Add((_strongStart, _text.Length - _strongStart));
                _strongStart = -1;
                break;
            case "br":
                _text.Append('\n');
                break;
        }
    }

    private void Close(Inline node, int start)
    {
        switch (node)
        {
            case LinkInline { IsImage: true } image:
                // An image's alt text is not read as text (structure stays as without it); it is kept with its address.
                var alt = _text.ToString(start, _text.Length - start).Trim();
                _text.Length = start;
                // What the alt text added sits at the ends of the lists: trim from there, never scan them whole.
                while (_links.Count > 0 && _links[^1].Start >= start)
                {
                    _links.RemoveAt(_links.Count - 1);
                }

                while (_strong.Count > 0 && _strong[^1].Start >= start)
                {
                    _strong.RemoveAt(_strong.Count - 1);
                }
                if (BlockImages.IsKept(image.Url))
                {
                    _images.Add(new BlockLink(alt, image.Url!.Trim(), start));
                }

                break;
            case LinkInline { IsImage: false } link when link.Url is { Length: > 0 } url:
                while (start < _text.Length && char.IsWhiteSpace(_text[start]))
                {
                    start++;
                }

                _links.Add(new BlockLink(_text.ToString(start, _text.Length - start).Trim(), url, start));
                break;
            case EmphasisInline { DelimiterCount: >= 2 } when _text.Length > start:
                _strong.Add((start, _text.Length - start));
                break;
        }
    }
}
