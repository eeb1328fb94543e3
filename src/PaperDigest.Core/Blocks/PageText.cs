using System.Text;

namespace PaperDigest.Blocks;

/// <summary>
/// A page's blocks written as light Markdown for the line-based layout parsers (<c># </c> headings,
/// <c>- </c> items, <c>&gt; </c> quotes, <c>[text](url)</c> links, <c>---</c> rules), with the source lines of
/// every written line, so spans and diagnostics found in the text point back at the lines of the page.
/// </summary>
internal sealed class PageText
{
    private readonly List<LineSpan> _sources;

    private PageText(string text, List<LineSpan> sources, DocumentMetadata metadata)
    {
        Text = text;
        _sources = sources;
        Metadata = metadata;
    }

    public string Text { get; }

    /// <summary>The page's <c>&lt;head&gt;</c> metadata.</summary>
    public DocumentMetadata Metadata { get; }

    public static PageText Render(BlockDocument page)
    {
        var output = new StringBuilder();
        var sources = new List<LineSpan>();
        foreach (var block in page.Blocks)
        {
            foreach (var (prefix, text) in Paragraphs(block))
            {
                var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (block.Kind == BlockKind.Rule)
                {
                    lines = ["---"];
                }

                // A block written on as many lines as it has in the page maps line for line (a paragraph of
                // <br>-separated lines); otherwise each written line stands for the whole block.
                var lineForLine = lines.Length == block.Lines.EndLine - block.Lines.StartLine + 1;
                for (var i = 0; i < lines.Length; i++)
                {
                    output.Append(i == 0 ? prefix : string.Empty).Append(lines[i]).Append('\n');
                    sources.Add(lineForLine ? new LineSpan(block.Lines.StartLine + i, block.Lines.StartLine + i) : block.Lines);
                }

                if (lines.Length > 0)
                {
                    output.Append('\n');
                    sources.Add(new LineSpan(block.Lines.EndLine, block.Lines.EndLine));
                }
            }
        }

        var written = output.ToString().TrimEnd() + "\n";
        return new PageText(written, sources, page.Metadata);
    }

    /// <summary>The page lines a span of written lines came from.</summary>
    public LineSpan Map(LineSpan span) =>
        new(Source(span.StartLine).StartLine, Math.Max(Source(span.StartLine).StartLine, Source(span.EndLine).EndLine));

    /// <summary>The first page line a written line came from.</summary>
    public int? Map(int? line) => line is { } written ? Source(written).StartLine : null;

    private LineSpan Source(int line) =>
        _sources.Count == 0 ? new LineSpan(1, 1) : _sources[Math.Clamp(line, 1, _sources.Count) - 1];

    /// <summary>A parse of <see cref="Text"/> with every span and line moved back onto the page's lines.</summary>
    public DigestDocument ToPageLines(DigestDocument document) => new()
    {
        Format = document.Format,
        Detection = document.Detection,
        Title = document.Title,
        Date = document.Date,
        Source = document.Source,
        Tags = document.Tags,
        HeaderSpan = document.HeaderSpan is { } header ? Map(header) : null,
        Encoding = document.Encoding,
        Language = document.Language,
        Sections = [.. document.Sections.Select(s => new DigestSection { Title = s.Title, DeclaredCount = s.DeclaredCount, EntryCount = s.EntryCount, Body = s.Body, Span = Map(s.Span) })],
        Entries = [.. document.Entries.Select(e => e with { Span = Map(e.Span) })],
        Diagnostics = [.. document.Diagnostics.Select(d => d with { Line = Map(d.Line) })],
    };

    private static IEnumerable<(string Prefix, string Text)> Paragraphs(DigestBlock block)
    {
        switch (block.Kind)
        {
            case BlockKind.Heading:
                yield return (new string('#', Math.Clamp(block.Level, 1, 6)) + " ", WithLinks(block.Text, block.Links));
                break;
            case BlockKind.ListItem:
                yield return ("- ", WithLinks(block.Text, block.Links));
                break;
            case BlockKind.Quote:
                yield return ("> ", WithLinks(block.Text, block.Links));
                break;
            case BlockKind.Rule:
                yield return (string.Empty, "---");
                break;
            case BlockKind.Code:
                yield return (string.Empty, block.Text);
                break;
            case BlockKind.TableRow:
                // Each cell on its own, as a reader scans a row; links found again by their text.
                foreach (var cell in block.Cells)
                {
                    yield return (string.Empty, WithLinks(cell, [.. block.Links.Select(l => l with { Start = cell.IndexOf(l.Text, StringComparison.Ordinal) })]));
                }

                break;
            default:
                yield return (string.Empty, WithLinks(block.Text, block.Links));
                break;
        }
    }

    // "[text](url)" around each web link whose place in the text is known; others stay plain text.
    private static string WithLinks(string text, IReadOnlyList<BlockLink> links)
    {
        if (links.Count == 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + (links.Count * 32));
        var at = 0;
        foreach (var link in links.Where(l => l.Start >= 0 && l.Target.StartsWith("http", StringComparison.OrdinalIgnoreCase)).OrderBy(l => l.Start))
        {
            var length = link.Text.Length;
            if (link.Start < at || link.Start + length > text.Length || !text.AsSpan(link.Start, length).SequenceEqual(link.Text))
            {
                continue;
            }

            output.Append(text, at, link.Start - at).Append('[').Append(link.Text).Append("](").Append(link.Target).Append(')');
            at = link.Start + length;
        }

        return output.Append(text, at, text.Length - at).ToString();
    }
}
