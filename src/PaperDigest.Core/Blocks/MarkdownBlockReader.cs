using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PaperDigest.Html;
using PaperDigest.Parsing;

namespace PaperDigest.Blocks;

/// <summary>
/// The Markdown front end: Markdig (CommonMark with YAML front matter and pipe tables) into blocks.
/// Raw HTML blocks go through the HTML front end; every block keeps the lines of the original input.
/// </summary>
internal static class MarkdownBlockReader
{
    // Immutable once built and safe to share (Markdig's pipelines are thread-safe).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public static BlockDocument Read(string text)
    {
        MarkdownDocument document;
        var diagnostics = new List<DigestDiagnostic>();
        text = UnclosedLinkGuard.Apply(text, diagnostics);
        try
        {
            document = Markdown.Parse(text, Pipeline);

            // An HTML comment or <script>/<style>/<pre> that never closes swallows the rest of the document as raw
            // HTML. Its "<" is written as "&lt;" (text, on the same lines), and the document is read again.
            for (var round = 0; round < MaxUnclosedRepairs && Unclosed(document, text) is { } open; round++)
            {
                diagnostics.Add(new DigestDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnclosedMarkup,
                    $"'{text.Substring(open.Start, open.Length)}' opens here and never closes; the text after it is read as Markdown.", open.Line));
                text = string.Concat(text.AsSpan(0, open.Start), "&lt;", text.AsSpan(open.Start + 1));
                document = Markdown.Parse(text, Pipeline);
            }
        }
        catch (ArgumentException)
        {
            // Markdig refuses nesting past its depth limit: such input is no document a person wrote,
            // so it is read line by line instead (front matter still counts).
            return TextBlockReader.Read(text) with { Metadata = FrontMatterReader.ReadLeading(text) };
        }

        var lines = LineTable.Build(text);
        var walker = new Walker(text, lines);
        walker.Walk(document);
        return new BlockDocument(FrontEndKind.Markdown, walker.Blocks, walker.Metadata) { Diagnostics = diagnostics };
    }

    private const int MaxUnclosedRepairs = 8;

    // The last top-level block, when it is a comment or raw-text HTML block that runs to the end without its closer:
    // where its opening marker starts, how long the marker is, and its line (1-based).
    private static (int Start, int Length, int Line)? Unclosed(MarkdownDocument document, string text)
    {
        if (document.Count == 0 || document[^1] is not HtmlBlock { Type: HtmlBlockType.Comment or HtmlBlockType.ScriptPreOrStyle } html
            || html.Span.End < text.TrimEnd().Length - 1)
        {
            return null;
        }

        var body = text.AsSpan(html.Span.Start, Math.Min(text.Length, html.Span.End + 1) - html.Span.Start);
        var opening = body.TrimStart();
        var start = html.Span.Start + (body.Length - opening.Length);
        if (html.Type == HtmlBlockType.Comment)
        {
            return opening.StartsWith("<!--", StringComparison.Ordinal) && opening[4..].IndexOf("-->", StringComparison.Ordinal) < 0 ? (start, 4, html.Line + 1) : null;
        }

        var nameEnd = opening[1..].IndexOfAny(" >\t\r\n");
        var name = nameEnd < 0 ? opening[1..] : opening[1..(nameEnd + 1)];
        return opening[0] == '<' && !opening.Contains($"</{name}", StringComparison.OrdinalIgnoreCase) ? (start, name.Length + 1, html.Line + 1) : null;
    }

    private sealed class Walker(string text, LineTable lines)
    {
        // One HTML parser for every raw HTML block of the document: building one costs more than most blocks.
        private AngleSharp.Html.Parser.HtmlParser? fragmentParser;

        // One reader of inline runs for every heading and paragraph; Add copies what it keeps.
        private readonly InlineText _inline = new();

        public List<DigestBlock> Blocks { get; } = [];

        public DocumentMetadata Metadata { get; private set; } = DocumentMetadata.None;

        // Explicit stack of (block, list depth, quote depth): nesting in hostile input must not recurse.
        public void Walk(MarkdownDocument document)
        {
            var pending = new Stack<(Block Block, int ListDepth, int QuoteDepth, int? Number)>();
            for (var i = document.Count - 1; i >= 0; i--)
            {
                pending.Push((document[i], 0, 0, null));
            }

            while (pending.TryPop(out var item))
            {
                var (block, listDepth, quoteDepth, number) = item;
                switch (block)
                {
                    case YamlFrontMatterBlock yaml:
                        ReadFrontMatter(yaml);
                        break;
                    case HeadingBlock heading:
                        Add(BlockKind.Heading, heading.Level, heading, _inline.Read(heading.Inline));

                        break;
                    case ParagraphBlock paragraph:
                        var kind = listDepth > 0 ? BlockKind.ListItem : quoteDepth > 0 ? BlockKind.Quote : BlockKind.Paragraph;
                        Add(kind, listDepth > 0 ? listDepth : quoteDepth, paragraph, _inline.Read(paragraph.Inline), number);
                        break;
                    case CodeBlock code:
                        Blocks.Add(new DigestBlock { Kind = BlockKind.Code, Text = code.Lines.ToString(), Lines = LinesOf(code) });
                        break;
                    case HtmlBlock html:
                        AddHtml(html);
                        break;
                    case ThematicBreakBlock rule:
                        Blocks.Add(new DigestBlock { Kind = BlockKind.Rule, Text = string.Empty, Lines = LinesOf(rule) });
                        break;
                    case Table table:
                        AddTable(table);
                        break;
                    case LinkReferenceDefinition definition when definition.Url is { Length: > 0 } url:
                        // "[1]: https://arxiv.org/abs/…": a link of the document, on its own lines; kept as a block of
                        // its label and address, so neither the link nor the line is lost.
                        Blocks.Add(new DigestBlock
                        {
                            Kind = listDepth > 0 ? BlockKind.ListItem : BlockKind.Paragraph,
                            Level = listDepth,
                            Text = $"[{definition.Label}]: {url}",
                            Links = [new BlockLink(definition.Title is { Length: > 0 } title ? title : definition.Label ?? url, url)],
                            Lines = LinesOf(definition),
                        });
                        break;
                    case ContainerBlock container:
                        var nestedList = container is ListBlock ? listDepth + 1 : listDepth;
                        var nestedQuote = container is QuoteBlock ? quoteDepth + 1 : quoteDepth;
                        // An ordered item's number belongs to its first paragraph ("3. Title").
                        var itemNumber = container is ListItemBlock { Parent: ListBlock { IsOrdered: true } } ordered ? ordered.Order : (int?)null;
                        for (var i = container.Count - 1; i >= 0; i--)
                        {
                            pending.Push((container[i], nestedList, nestedQuote, i == 0 ? itemNumber : null));
                        }

                        break;
                }
            }
        }

        private void Add(BlockKind kind, int level, Block block, InlineText inline, int? number = null)
        {
            if (inline.Text.Length == 0 && inline.Links.Count == 0)
            {
                BlockImages.AttachToPrevious(Blocks, LinesOf(block), inline.Images);
                return;
            }

            Blocks.Add(new DigestBlock
            {
                Kind = kind,
                Level = level,
                Number = number,
                Text = inline.Text,
                Lines = LinesOf(block),
                Links = [.. inline.Links],
                Strong = [.. inline.Strong],
                Images = [.. inline.Images],
            });
        }

        private const string CellSeparator = " | ";

        private static ParagraphBlock? FirstParagraph(TableCell cell)
        {
            foreach (var block in cell)
            {
                if (block is ParagraphBlock paragraph)
                {
                    return paragraph;
                }
            }

            return null;
        }

        private void AddTable(Table table)
        {
            foreach (var child in table)
            {
                if (child is not TableRow row)
                {
                    continue;
                }

                var cells = new List<string>(row.Count);
                var links = new List<BlockLink>();
                var strong = new List<(int Start, int Length)>();
                var offset = 0; // where the cell starts in the row's text (cells joined with " | ")
                foreach (var block in row)
                {
                    if (block is not TableCell cell)
                    {
                        continue;
                    }

                    var inline = _inline.Read(FirstParagraph(cell)?.Inline);
                    cells.Add(inline.Text);
                    links.AddRange(inline.Links);
                    foreach (var (start, length) in inline.Strong)
                    {
                        strong.Add((offset + start, length));
                    }

                    offset += inline.Text.Length + CellSeparator.Length;
                }

                Blocks.Add(new DigestBlock
                {
                    Kind = BlockKind.TableRow,
                    Text = string.Join(CellSeparator, cells),
                    Cells = cells,
                    Links = links,
                    Strong = strong,
                    IsHeaderRow = row.IsHeader,
                    Lines = LinesOf(row),
                });
            }
        }

        private void AddHtml(HtmlBlock html)
        {
            var span = LinesOf(html);
            var start = lines.Start(span.StartLine - 1);
            var end = span.EndLine - 1 < lines.Count ? lines.End(span.EndLine - 1) : text.Length;
            fragmentParser ??= HtmlInput.CreateParser();
            var fragment = HtmlBlockReader.ReadFragment(text[start..end], span.StartLine - 1, fragmentParser);

            // The markup lines around the content (<div>, </div>) belong to the blocks read from it, so no
            // line of the raw HTML block is left outside every block.
            if (fragment.Count > 0)
            {
                fragment[0] = fragment[0] with { Lines = new LineSpan(span.StartLine, Math.Max(span.StartLine, fragment[0].Lines.EndLine)) };
                fragment[^1] = fragment[^1] with { Lines = new LineSpan(fragment[^1].Lines.StartLine, span.EndLine) };
            }

            Blocks.AddRange(fragment);
        }

        private void ReadFrontMatter(YamlFrontMatterBlock yaml)
        {
            var span = LinesOf(yaml);
            // An empty block ("---" then "---") has no line array at all.
            var body = yaml.Lines.Lines is null ? "" : string.Join('\n', yaml.Lines.Lines.Take(yaml.Lines.Count).Select(l => l.Slice.ToString()));
            Metadata = FrontMatterReader.Read(body, span) ?? new DocumentMetadata { Lines = span };
        }

        private LineSpan LinesOf(Block block)
        {
            var first = lines.IndexOf(block.Span.Start) + 1;
            var last = lines.IndexOf(Math.Max(block.Span.Start, block.Span.End)) + 1;
            return new LineSpan(first, Math.Max(first, last));
        }
    }
}
