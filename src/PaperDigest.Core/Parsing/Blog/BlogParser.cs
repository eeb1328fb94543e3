namespace PaperDigest.Parsing.Blog;

/// <summary>
/// Reads a blog compilation: an optional first line naming the source URL, then sections each opened by a
/// <c>#Heading</c> line (no space after the hash; <c># comment</c> and <c>####</c> code lines are not
/// headings) with a subtitle line, running text and paper metadata lines.
/// </summary>
internal sealed class BlogParser : IDigestParser
{
    /// <inheritdoc />
    public DigestFormat Format => DigestFormat.Blog;

    // Non-blank lines between two metadata lines of one paper at most.
    private const int MetadataGroupGap = 2;

    /// <inheritdoc />
    /// <remarks>A source URL on the first line (0.3), two or more <c>#Heading</c> lines (0.3, one: 0.1), metadata of two or more papers (0.3, one: 0.1), three or more bold paper titles over metadata (0.3).</remarks>
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        bool first = true, sourceLine = false;
        int headings = 0, metadata = 0, index = 0, lastMetadata = -MetadataGroupGap - 1, categories = 0, papers = 0, lastTitle = int.MinValue / 2;
        foreach (var line in sample.EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            if (first)
            {
                sourceLine = line.Contains("://", StringComparison.Ordinal) && !LineShape.StartsWithHashWord(line);
                first = false;
            }

            headings += LineShape.StartsWithHashWord(line) || BlogHeads.IsNumberedTitle(line) ? 1 : 0;
            categories += MarkdownLine.KindOf(line, out _, out _) == MarkdownLineKind.Heading ? 1 : 0;
            index++;
            lastTitle = BlogPaperList.IsTitleLine(line) ? index : lastTitle;
            if (BlogMetadata.TryMatch(line, out _, out var valueStart) && LabelText.HasValue(line[valueStart..]))
            {
                // A bold title right above: one paper of a list.
                papers += index - lastTitle <= MetadataGroupGap && lastTitle > lastMetadata ? 1 : 0;
                // Metadata lines next to each other (title, link, code) describe one paper.
                metadata += index - lastMetadata > MetadataGroupGap ? 1 : 0;
                lastMetadata = index;
            }
        }

        // A list of papers under category headings: its headings are its sections.
        headings += papers >= BlogPaperList.MinPapers ? categories : 0;

        // A compilation names several papers: a single metadata line is one post's paper link.
        var tenths = (sourceLine ? 3 : 0) + (headings >= 2 ? 3 : headings == 1 ? 1 : 0) + (metadata >= 2 ? 3 : metadata == 1 ? 1 : 0)
            + (papers >= BlogPaperList.MinPapers ? 3 : 0);
        return new FormatScore(Math.Min(tenths, 10) / 10.0, $"source URL line: {(sourceLine ? "yes" : "no")}, {headings} #headings, {metadata} papers with metadata lines, {papers} bold paper titles");
    }

    /// <inheritdoc />
    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RecordDocumentReader.TryReadItems(context, DigestFormat.Blog))
        {
            return;
        }

        ReadLines(context);

        // The structure checks the reading: where the post's sections name clearly more papers than the entries the
        // lines gave (paper sections under headings the line reader does not take), the paper sections are the entries.
        if (context.PageBlocks is not null && Records.RecordInducer.InducePaperSections(context.Blocks) is { Records.Count: >= MinSectionPapers } sections
            && sections.Records.Count >= 2 * Math.Max(1, context.Entries.Count(e => e.ArxivId is not null)))
        {
            context.StartOver(onSourceLines: true);
            RecordDocumentReader.Read(context, sections, DigestFormat.Blog);
        }
    }

    // Fewer paper sections than this are no evidence against the line reading.
    private const int MinSectionPapers = 3;

    private static void ReadLines(DigestParseContext context)
    {
        var lines = context.Lines;
        var first = lines.NextNonBlank(0);
        if (first < lines.Count && !LineShape.StartsWithHashWord(lines[first]) && TryFirstUrl(lines[first], out var url))
        {
            context.Source = new DocumentSource(url, null);
            context.MarkHeaderLine(first + 1);
            first = lines.NextNonBlank(first + 1);
        }

        var headings = BlogHeads.Find(lines, first);
        if (headings.Count == 0 && BlogPaperList.FindPapers(lines, first) is { Count: >= BlogPaperList.MinPapers } papers)
        {
            BlogPaperList.Read(context, first, papers);
            return;
        }

        // Before the first section: the compilation's title (a "# " heading) and its introduction, the document's header.
        var end = headings.Count > 0 ? headings[0] : lines.Count;
        if (first < end && MarkdownLine.KindOf(lines[first], out _, out _) == MarkdownLineKind.Heading)
        {
            context.Title ??= LabelText.StripMarkdown(lines[first]).ToString();
        }

        for (var i = lines.NextNonBlank(first); i < end; i = lines.NextNonBlank(i + 1))
        {
            context.MarkHeaderLine(i + 1);
        }

        for (var h = 0; h < headings.Count; h++)
        {
            var last = lines.LastNonBlank((h + 1 < headings.Count ? headings[h + 1] : lines.Count) - 1);

            context.AddEntry(new BlogSection(context, headings[h], last).ToEntry());
        }
    }

    private static bool TryFirstUrl(ReadOnlySpan<char> line, out string url)
    {
        var links = new List<DigestLink>(1);
        LinkExtractor.Extract(line, links);
        url = links.Count > 0 ? links[0].Url : "";
        return links.Count > 0;
    }
}
