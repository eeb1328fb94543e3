using System.Text;

namespace PaperDigest.Blocks;

/// <summary>
/// The blocks of a Markdown file or a page written as light Markdown for the line-based layout parsers
/// (<c># </c> headings, <c>- </c> and <c>3. </c> items, <c>&gt; </c> quotes, <c>[text](url)</c> links, <c>**</c> strong runs,
/// <c>| a | b |</c> table rows, <c>---</c> rules), with the source lines of every written line, so spans and diagnostics found in the
/// text point back at the lines of the input. Markup the parsers must not guess at (escapes, Setext
/// headings, fences, raw HTML, front matter, images) is gone by then.
/// </summary>
internal sealed class BlockText
{
    private readonly List<LineSpan> _sources;

    private BlockText(string text, string detectionText, List<LineSpan> sources, DocumentMetadata metadata, FrontEndKind frontEnd)
    {
        FrontEnd = frontEnd;
        Text = text;
        DetectionText = detectionText;
        _sources = sources;
        Metadata = metadata;
    }

    public string Text { get; }

    /// <summary>
    /// The start of <see cref="Text"/> without code blocks, for detection: a README or a note that shows a layout in a
    /// fenced example describes the layout, it is not one.
    /// </summary>
    public string DetectionText { get; }

    /// <summary>The front end that read the blocks.</summary>
    public FrontEndKind FrontEnd { get; }

    /// <summary>The source's metadata: a page's <c>&lt;head&gt;</c>, a Markdown file's front matter.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>The front end's own diagnostics (<see cref="BlockDocument.Diagnostics"/>).</summary>
    internal IReadOnlyList<DigestDiagnostic> Diagnostics { get; init; } = [];

    public static BlockText Render(BlockDocument page, int detectionLength = int.MaxValue)
    {
        // Sized once from the blocks' text (markup adds a little): no chunk growth on a large page.
        var (length, lineCount) = (0L, 0);
        foreach (var block in page.Blocks)
        {
            length += block.Text.Length + 8;
            lineCount += block.Lines.EndLine - block.Lines.StartLine + 2;
        }

        var capacity = (int)Math.Min(length + (length / 8), Array.MaxLength / 2);
        var output = new StringBuilder(capacity);
        var detection = new StringBuilder(Math.Min(capacity, detectionLength));
        var sources = new List<LineSpan>(lineCount);
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            var block = page.Blocks[b];

            // Items on adjacent source lines stay together, as they were written; a blank line between
            // items (or lists) stays.
            var listGoesOn = block.Kind == BlockKind.ListItem && b + 1 < page.Blocks.Count
                && page.Blocks[b + 1] is { Kind: BlockKind.ListItem } next && next.Lines.StartLine <= block.Lines.EndLine + 1;
            var written = Written(block);
            var detected = block.Kind != BlockKind.Code && detection.Length < detectionLength;
            var lines = WriteLines(block, written, output, detected ? detection : null, sources);
            if (lines > 0 && !listGoesOn)
            {
                output.Append('\n');
                detection.Append(detected ? "\n" : string.Empty);
                sources.Add(new LineSpan(block.Lines.EndLine, block.Lines.EndLine));
            }
        }

        while (output.Length > 0 && char.IsWhiteSpace(output[^1]))
        {
            output.Length--;
        }

        return new BlockText(output.Append('\n').ToString(), detection.ToString(), sources, page.Metadata, page.FrontEnd) { Diagnostics = ToTextLines(page.Diagnostics, sources) };
    }

    // A front end reports source lines; the rendered text's diagnostics are mapped back to source lines later, so a
    // source line becomes the text line of the first block at or after it.
    private static IReadOnlyList<DigestDiagnostic> ToTextLines(IReadOnlyList<DigestDiagnostic> diagnostics, List<LineSpan> sources)
    {
        if (diagnostics.All(d => d.Line is null))
        {
            return diagnostics;
        }

        return [.. diagnostics.Select(d => d.Line is { } line && sources.FindIndex(s => s.StartLine >= line) is var at and >= 0 ? d with { Line = at + 1 } : d)];
    }

    // The block's written text, one trimmed non-empty line per output line, the first after the block's prefix. A
    // block written on as many lines as it has in the page maps line for line (a paragraph of <br>-separated
    // lines); otherwise each written line stands for the whole block.
    private static int WriteLines(DigestBlock block, string text, StringBuilder output, StringBuilder? detection, List<LineSpan> sources)
    {
        var count = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            count += line.IsWhiteSpace() ? 0 : 1;
        }

        var lineForLine = count == block.Lines.EndLine - block.Lines.StartLine + 1;
        var i = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (i == 0)
            {
                AppendPrefix(output, block);
                if (detection is not null)
                {
                    AppendPrefix(detection, block);
                }
            }

            output.Append(line).Append('\n');
            detection?.Append(line).Append('\n');
            sources.Add(lineForLine ? new LineSpan(block.Lines.StartLine + i, block.Lines.StartLine + i) : block.Lines);
            i++;
        }

        return count;
    }

    /// <summary>The page lines a span of written lines came from.</summary>
    public LineSpan Map(LineSpan span) =>
        new(Source(span.StartLine).StartLine, Math.Max(Source(span.StartLine).StartLine, Source(span.EndLine).EndLine));

    /// <summary>The first page line a written line came from.</summary>
    public int? Map(int? line) => line is { } written ? Source(written).StartLine : null;

    private LineSpan Source(int line) =>
        _sources.Count == 0 ? new LineSpan(1, 1) : _sources[Math.Clamp(line, 1, _sources.Count) - 1];

    /// <summary>
    /// A parse of <see cref="Text"/> with every span and line moved back onto the source's lines; the header
    /// span also covers the source's metadata lines (front matter), which are not written.
    /// </summary>
    /// <param name="document">The parse.</param>
    /// <param name="spansAreSource">Whether the parser gave its spans in the source's lines already (it read the blocks): only the header takes the metadata lines.</param>
    public DigestDocument ToSourceLines(DigestDocument document, bool spansAreSource = false) => new()
    {
        Format = document.Format,
        Detection = document.Detection,
        Title = document.Title,
        Date = document.Date,
        Source = document.Source,
        Tags = document.Tags,
        HeaderSpan = Union(document.HeaderSpan is { } header ? (spansAreSource ? header : Map(header)) : null, Metadata.Lines),
        Encoding = document.Encoding,
        ResolvedWith = document.ResolvedWith,
        Language = document.Language,
        Sections = spansAreSource ? document.Sections : [.. document.Sections.Select(s => new DigestSection
        {
            Title = s.Title, DeclaredCount = s.DeclaredCount, EntryCount = s.EntryCount, Body = s.Body, Span = Map(s.Span), ParentIndex = s.ParentIndex,
        })],
        Entries = spansAreSource ? document.Entries : [.. document.Entries.Select(e => e with { Span = Map(e.Span) })],
        Diagnostics = spansAreSource ? document.Diagnostics : [.. document.Diagnostics.Select(d => d with { Line = Map(d.Line) })],
    };

    private static LineSpan? Union(LineSpan? a, LineSpan? b) =>
        a is { } x && b is { } y ? new LineSpan(Math.Min(x.StartLine, y.StartLine), Math.Max(x.EndLine, y.EndLine)) : a ?? b;

    private static void AppendPrefix(StringBuilder output, DigestBlock block)
    {
        switch (block.Kind)
        {
            case BlockKind.Heading:
                output.Append('#', Math.Clamp(block.Level, 1, 6)).Append(' ');
                break;
            case BlockKind.ListItem when block.Number is { } number:
                output.Append(number).Append(". ");
                break;
            case BlockKind.ListItem:
                output.Append("- ");
                break;
            case BlockKind.Quote:
                output.Append("> ");
                break;
        }
    }

    private static string Written(DigestBlock block) => block.Kind switch
    {
        BlockKind.Rule => "---",
        BlockKind.Code => block.Text,

        // One pipe-table line per row ("| 1 | [Title](url) | 要点 |"), so a row stays one unit: a parser can
        // take a header row's labels as columns. Links are found again in their cell by their text.
        BlockKind.TableRow => "| " + string.Join(" | ", CellsWithLinks(block)) + " |",
        _ => Inline(block.Text, block.Links, block.Strong, block.Images),
    };

    // The row's links come in cell order: each cell takes the next ones its text holds, in one pass over cells and
    // links (a row of 16,000 linked cells is read in linear time, not cells x links).
    private static IEnumerable<string> CellsWithLinks(DigestBlock row)
    {
        var next = 0;
        foreach (var raw in row.Cells)
        {
            var cell = raw.Replace('|', '/').Replace('\n', ' ');
            var links = new List<BlockLink>();
            var from = 0;
            while (next < row.Links.Count)
            {
                var link = row.Links[next];
                var at = link.Text.Length == 0 ? -1 : cell.IndexOf(link.Text, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    // A link whose text this cell lacks while it holds the next one's is skipped, so one stray
                    // link cannot hold back the rest; otherwise it belongs to a later cell.
                    if (next + 1 < row.Links.Count && row.Links[next + 1].Text.Length > 0 && cell.IndexOf(row.Links[next + 1].Text, from, StringComparison.Ordinal) >= 0)
                    {
                        next++;
                        continue;
                    }

                    break;
                }

                links.Add(link with { Start = at });
                from = at + link.Text.Length;
                next++;
            }

            yield return Inline(cell, links, [], []);
        }
    }

    // "[text](url)" around each web link whose place in the text is known, "**" around strong runs (so a
    // label reads as it does in Markdown text); other links stay plain text. One pass over the text.
    private static string Inline(string text, IReadOnlyList<BlockLink> links, IReadOnlyList<(int Start, int Length)> strong, IReadOnlyList<BlockLink> images)
    {
        if (links.Count == 0 && strong.Count == 0 && images.Count == 0)
        {
            return text;
        }

        var placed = new List<BlockLink>(links.Count);
        foreach (var l in links)
        {
            if (l.Start >= 0 && l.Start + l.Text.Length <= text.Length && (Parsing.LinkExtractor.IsWebUrl(l.Target) || l.Target.StartsWith('#'))
                && text.AsSpan(l.Start, l.Text.Length).SequenceEqual(l.Text))
            {
                placed.Add(l);
            }
        }

        if (placed.Count == 0 && strong.Count == 0 && images.Count == 0)
        {
            return text;
        }

        // Stable, as the ordering it replaces: links at one offset keep their order. Links mostly come in text order,
        // and a row of 320k links is not sorted again.
        if (!InTextOrder(placed))
        {
            placed = [.. placed.OrderBy(l => l.Start)];
        }
        // Only a text with both links and strong runs needs to know which offsets the links cover.
        var insideLink = placed.Count > 0 && strong.Count > 0 ? InsideLinks(text.Length, placed) : null;
        var runs = strong.Where(r => r.Length > 0 && r.Start >= 0 && r.Start + r.Length <= text.Length
                && !text.AsSpan(r.Start, r.Length).IsWhiteSpace() && (insideLink is null || (!insideLink[r.Start] && !insideLink[r.Start + r.Length])))
            .ToList();

        // Every place a mark goes, sorted once: a flat array, where a tree keyed by offset cost a third of a page of
        // 320k bold runs. Images at one offset keep their order.
        var marks = new Mark[(runs.Count * 2) + images.Count];
        var count = 0;
        foreach (var (start, length) in runs)
        {
            marks[count] = new Mark(start, count, null);
            count++;
            marks[count] = new Mark(start + length, count, null);
            count++;
        }

        foreach (var image in images)
        {
            marks[count] = new Mark(Math.Clamp(image.Start, 0, text.Length), count, image);
            count++;
        }

        Array.Sort(marks);
        var output = new StringBuilder(text.Length + (placed.Count * 32) + (runs.Count * 4));
        var at = 0;
        var link = 0;
        for (var m = 0; m < marks.Length;)
        {
            var position = marks[m].Position;
            at = WriteLinks(output, text, at, position, placed, ref link);
            output.Append(text, at, position - at);
            var bold = 0;
            for (; m < marks.Length && marks[m].Position == position; m++)
            {
                if (marks[m].Image is not { } image)
                {
                    bold++;
                    continue;
                }

                // Set apart from the words around it, as the reader sees a figure.
                if (output.Length > 0 && output[^1] != ' ')
                {
                    output.Append(' ');
                }

                output.Append("![").Append(image.Text).Append("](").Append(image.Target).Append(')');
                if (position < text.Length && text[position] != ' ')
                {
                    output.Append(' ');
                }
            }

            // Append, not Insert at the end: Insert splits the builder's chunks, and 320k runs made it quadratic.
            for (var mark = 0; mark < bold; mark++)
            {
                output.Append("**");
            }

            at = position;
        }

        at = WriteLinks(output, text, at, text.Length, placed, ref link);
        return output.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>A bold mark (no image) or an image at an offset of the text; <c>Order</c> keeps insertion order at one offset.</summary>
    private readonly record struct Mark(int Position, int Order, BlockLink? Image) : IComparable<Mark>
    {
        public int CompareTo(Mark other) => Position != other.Position ? Position.CompareTo(other.Position) : Order.CompareTo(other.Order);
    }

    private static bool InTextOrder(List<BlockLink> links)
    {
        for (var i = 1; i < links.Count; i++)
        {
            if (links[i].Start < links[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    // Which offsets lie strictly inside a link's text: a strong run that starts or ends there cannot be
    // written around the link. A running count over the offsets keeps it linear.
    private static bool[] InsideLinks(int length, List<BlockLink> placed)
    {
        var delta = new int[length + 2];
        foreach (var link in placed.Where(l => l.Text.Length > 1))
        {
            delta[link.Start + 1]++;
            delta[link.Start + link.Text.Length]--;
        }

        var inside = new bool[length + 1];
        for (int i = 0, open = 0; i <= length; i++)
        {
            open += delta[i];
            inside[i] = open > 0;
        }

        return inside;
    }

    // Writes the text from at up to limit with every link that starts before limit in Markdown form.
    private static int WriteLinks(StringBuilder output, string text, int at, int limit, List<BlockLink> placed, ref int next)
    {
        for (; next < placed.Count && placed[next].Start < limit; next++)
        {
            var link = placed[next];
            if (link.Start < at)
            {
                continue;
            }

            output.Append(text, at, link.Start - at).Append('[').Append(link.Text).Append("](").Append(link.Target).Append(')');
            at = link.Start + link.Text.Length;
        }

        return at;
    }
}
