using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PaperDigest.Html;

namespace PaperDigest.Blocks;

/// <summary>
/// The HTML front end: an AngleSharp DOM (no scripts, no loading) straight into blocks, each with the
/// source lines of the page, and <c>&lt;head&gt;</c> metadata. Text outside block elements becomes
/// anonymous paragraphs, as a browser lays it out. Walks with an explicit stack: no recursion per level.
/// </summary>
internal static class HtmlBlockReader
{
    /// <summary>
    /// Elements nested deeper than this are read as the text of the block they are in. The markup limiter
    /// (<see cref="DigestOptions.MaxHtmlDepth"/>) has flattened the page before this, so only elements it does not
    /// count (list items, cells) can take the tree this deep.
    /// </summary>
    public const int MaxDepth = 4096;

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "object", "embed", "canvas", "head", "select", "video", "audio", "picture", "source",
        "nav", "aside", "form", "textarea",
    };

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "q", "button", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "tt", "big", "nobr",
    };

    /// <summary>Whether the element runs inline with the text around it (a, b, span …) rather than starting a block.</summary>
    public static bool IsInline(string localName) => Inline.Contains(localName);

    public static BlockDocument Read(string html, DigestOptions options = default)
    {
        var limited = HtmlMarkupLimiter.Apply(html, options.MaxHtmlDepth, options.MaxHtmlAttributes, out var cuts);
        var document = HtmlInput.Parse(limited, options.HtmlConfiguration);
        var blocks = Walk(document.Body, lineOffset: 0, out var containers);
        return new BlockDocument(FrontEndKind.Html, blocks, Metadata(document)) { Diagnostics = LimitDiagnostics(cuts, options), Containers = containers };
    }

    /// <summary>The blocks of an HTML fragment that starts after <paramref name="lineOffset"/> lines of a larger input.</summary>
    public static List<DigestBlock> ReadFragment(string html, int lineOffset, HtmlParser parser)
    {
        if (IsMarkupOnly(html))
        {
            return [];
        }

        var options = new DigestOptions();
        return Walk(parser.ParseDocument(HtmlMarkupLimiter.Apply(html, options.MaxHtmlDepth, options.MaxHtmlAttributes, out _)).Body, lineOffset);
    }

    // Tags and white space only (<details>, </div>, <div id=x></div>): no block can come of it, so no DOM is built.
    // A rule, a comment or anything else that may carry content takes the full parse.
    private static bool IsMarkupOnly(ReadOnlySpan<char> html)
    {
        if (html.Contains("<!", StringComparison.Ordinal) || html.Contains("<hr", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var inTag = false;
        foreach (var c in html)
        {
            if (inTag)
            {
                inTag = c != '>';
            }
            else if (c == '<')
            {
                inTag = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return !inTag;
    }

    private static DigestDiagnostic[] LimitDiagnostics(HtmlMarkupLimiter.Cuts cuts, DigestOptions options)
    {
        if (!cuts.Any)
        {
            return [];
        }

        var diagnostics = new List<DigestDiagnostic>(3);
        if (cuts.Tags > 0)
        {
            diagnostics.Add(new DigestDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.HtmlLimitApplied,
                $"The page nests deeper than {options.MaxHtmlDepth} levels (DigestOptions.MaxHtmlDepth) from source line {cuts.FirstTagLine}: {cuts.Tags} elements were placed beside the innermost open element instead of inside it, as browsers do; no text is lost.", null));
        }

        if (cuts.Attributes > 0)
        {
            diagnostics.Add(new DigestDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.HtmlLimitApplied,
                $"{cuts.Attributes} elements have more than {options.MaxHtmlAttributes} attributes (DigestOptions.MaxHtmlAttributes), the first on source line {cuts.FirstAttributeLine}: the attributes past that many were dropped.", null));
        }

        if (cuts.FormattingEnds > 0)
        {
            diagnostics.Add(new DigestDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.HtmlLimitApplied,
                $"The page leaves more than {HtmlMarkupLimiter.MaxUnendedFormatting} formatting elements (b, em, font …) without their end tags from source line {cuts.FirstFormattingLine}: {cuts.FormattingEnds} of them were ended early, so the parser does not re-create them in every later paragraph; no text is lost.", null));
        }

        return [.. diagnostics];
    }

    private static DocumentMetadata Metadata(IDocument document)
    {
        var keys = new MetadataKeys();
        if (document.Head is not { } head)
        {
            return DocumentMetadata.None;
        }

        keys.Add("title", document.Title);
        foreach (var meta in head.GetElementsByTagName("meta"))
        {
            var name = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop");
            if (name is not null)
            {
                keys.Add(name, meta.GetAttribute("content"));
            }
        }

        foreach (var link in head.GetElementsByTagName("link"))
        {
            if (string.Equals(link.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
            {
                keys.Add("canonical", link.GetAttribute("href"));
            }
        }

        return keys.Build(lines: null);
    }

    private static List<DigestBlock> Walk(IElement? body, int lineOffset) => Walk(body, lineOffset, out _);

    private static List<DigestBlock> Walk(IElement? body, int lineOffset, out List<BlockContainer> containers)
    {
        var blocks = new List<DigestBlock>();
        containers = [];
        if (body is null)
        {
            return blocks;
        }

        var walker = new HtmlWalker(blocks, lineOffset, PageChrome.HoldingContent(body, Skipped));
        walker.Run(body);
        containers = walker.Containers;
        return blocks;
    }

    /// <summary>One open element: its children are read in order; block frames own a run of inline text.</summary>
    private sealed class Frame(IElement element, HtmlRun run, bool isBlock, BlockKind kind, int level, int depth, Frame? owner)
    {
        /// <summary>The block frame whose run this frame's text joins (itself for a block frame): O(1), however deep the inline nesting.</summary>
        public Frame Owner => owner ?? this;

        public IElement Element { get; } = element;

        public HtmlRun Run { get; } = run;

        public bool IsBlock { get; } = isBlock;

        public BlockKind Kind { get; } = kind;

        public int Level { get; } = level;

        public int Depth { get; } = depth;

        /// <summary>How many <c>ul</c>/<c>ol</c> elements this one is in (itself included): a list item's level without walking up.</summary>
        public int Lists { get; init; }

        public int Index { get; set; }

        public int Start { get; init; }

        /// <summary>The index of the innermost grouping element this frame is in, or -1.</summary>
        public int Container { get; init; } = -1;

        /// <summary>Whether this frame's element is that grouping element (its container closes with it).</summary>
        public bool OpensContainer { get; init; }
    }

    // Elements that group blocks into a box of their own on the page: a card, an article, a section, a list item.
    private static readonly HashSet<string> GroupingElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "article", "section", "li", "figure", "details", "dd",
    };

    private static string ContainerKey(IElement element)
    {
        var className = element.ClassName.AsSpan().Trim();
        var space = className.IndexOfAny(' ', '\t');
        return className.IsEmpty ? element.LocalName : element.LocalName + "." + (space < 0 ? className : className[..space]).ToString();
    }

    private sealed class HtmlWalker(List<DigestBlock> blocks, int lineOffset, HashSet<IElement> heldChrome)
    {
        private readonly HtmlRowReader _rows = new(element => Skipped.Contains(element.LocalName) && !heldChrome.Contains(element));

        private int _line = 1 + lineOffset;

        public List<BlockContainer> Containers { get; } = [];

        public void Run(IElement body)
        {
            var frames = new Stack<Frame>();
            frames.Push(new Frame(body, new HtmlRun(), isBlock: true, BlockKind.Paragraph, 0, 0, owner: null));
            while (frames.TryPeek(out var frame))
            {
                var children = frame.Element.ChildNodes;
                if (frame.Index >= children.Length)
                {
                    frames.Pop();
                    Close(frame);
                    continue;
                }

                var child = children[frame.Index++];
                if (child is IText text)
                {
                    frame.Run.Append(text.Data, _line, preserve: frame.Kind == BlockKind.Code);
                    _line += text.Data.AsSpan().Count('\n');
                }
                else if (child is IElement element)
                {
                    Enter(frames, frame, element, frame.Index >= 2 ? children[frame.Index - 2] : null);
                }
            }
        }

        // The previous sibling comes from the child list being walked: AngleSharp's PreviousSibling searches the
        // parent's children, which is quadratic over a page of many siblings.
        private void Enter(Stack<Frame> frames, Frame parent, IElement element, INode? previousSibling)
        {
            if (element.SourceReference is { } source)
            {
                _line = source.Position.Line + lineOffset;
            }

            var name = element.LocalName;
            if (HtmlArxivAttribute.Find(element) is { } arxivId)
            {
                parent.Owner.Run.AppendArxivId(arxivId, _line);
            }

            if (name == "img")
            {
                // An image: its alt text and address, kept with the block it is in (DigestBlock.Images).
                parent.Owner.Run.AddImage(element.GetAttribute("alt"), element.GetAttribute("src"));
                return;
            }

            if (Skipped.Contains(name) && !heldChrome.Contains(element))
            {
                return;
            }

            if (name == "br")
            {
                parent.Run.Append("\n", _line, preserve: true);
                return;
            }

            var owner = parent.Owner;
            if (name == "button" || (element.ClassName is { Length: > 0 } && previousSibling is IElement { ClassName.Length: > 0 }))
            {
                // A button, or a styled element right after another (<span class=badge>A</span><span class=badge>B</span>),
                // is its own box on screen: its text never runs into its neighbour's.
                owner.Run.Append(" ", _line, preserve: false);
            }

            if (Inline.Contains(name) || parent.Depth >= MaxDepth || parent.Kind is BlockKind.Code or BlockKind.Heading)
            {
                frames.Push(new Frame(element, owner.Run, isBlock: false, owner.Kind, owner.Level, parent.Depth + 1, owner) { Start = owner.Run.Length, Lists = Lists(parent, name) });
                return;
            }

            Flush(owner);
            switch (name)
            {
                case "hr":
                    blocks.Add(new DigestBlock { Kind = BlockKind.Rule, Text = string.Empty, Lines = new LineSpan(_line, _line) });
                    return;
                case "tr":
                    AddRow(element);
                    return;
            }

            var (kind, level) = KindOf(element, owner, parent.Lists);
            var opens = GroupingElements.Contains(name);
            if (opens)
            {
                Containers.Add(new BlockContainer(ContainerKey(element), parent.Container, blocks.Count, blocks.Count));
            }

            frames.Push(new Frame(element, new HtmlRun(), isBlock: true, kind, level, parent.Depth + 1, owner: null)
            {
                Lists = Lists(parent, name),
                Container = opens ? Containers.Count - 1 : parent.Container,
                OpensContainer = opens,
            });
        }

        private static int Lists(Frame parent, string name) => parent.Lists + (name is "ul" or "ol" or "dl" ? 1 : 0);

        private static (BlockKind Kind, int Level) KindOf(IElement element, Frame owner, int lists) => element.LocalName switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => (BlockKind.Heading, element.LocalName[1] - '0'),
            "li" => (BlockKind.ListItem, Math.Max(1, lists)),

        // A description list is a list of terms, each with its descriptions under it: the term is an item, its
        // descriptions are items one level in (a paper's link over its authors and summary).
        "dt" => (BlockKind.ListItem, Math.Max(1, lists)),
        "dd" => (BlockKind.ListItem, Math.Max(1, lists) + 1),
            "blockquote" => (BlockKind.Quote, owner.Kind == BlockKind.Quote ? owner.Level + 1 : 1),
            "pre" => (BlockKind.Code, 0),
            _ when owner.Kind is BlockKind.ListItem or BlockKind.Quote => (owner.Kind, owner.Level),
            _ => (BlockKind.Paragraph, 0),
        };

        private void Close(Frame frame)
        {
            if (frame.IsBlock)
            {
                Flush(frame);
                if (frame.OpensContainer)
                {
                    Containers[frame.Container] = Containers[frame.Container] with { EndBlock = blocks.Count };
                }

                return;
            }

            switch (frame.Element.LocalName)
            {
                case "a" when frame.Element.GetAttribute("href") is { Length: > 0 } href && !href.AsSpan().Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase):
                    frame.Run.AddLink(frame.Start, href);
                    break;
                case "strong" or "b":
                    frame.Run.AddStrong(frame.Start);
                    break;
                case "button":
                    frame.Run.Append(" ", _line, preserve: false);
                    break;
            }
        }

        private void Flush(Frame frame)
        {
            if (frame.Run.Take(_line) is not { } block)
            {
                return;
            }

            if (block.Text.Length == 0 && block.Links.Count == 0)
            {
                BlockImages.AttachToPrevious(blocks, block.Lines, block.Images);
                return;
            }

            blocks.Add(block with { Kind = frame.Kind, Level = frame.Level });
        }

        private void AddRow(IElement row)
        {
            var (cells, links, header) = _rows.Read(row, out var lineFeeds);
            var last = _line + lineFeeds;
            blocks.Add(new DigestBlock
            {
                Kind = BlockKind.TableRow,
                Text = string.Join(" | ", cells),
                Cells = cells,
                Links = links,
                IsHeaderRow = header,
                Lines = new LineSpan(_line, last),
            });
            _line = last;
        }
    }
}
