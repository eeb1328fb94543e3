namespace PaperDigest.Parsing.Blog;

/// <summary>
/// Reads a blog compilation: an optional first line naming the source URL, then sections each opened by a
/// <c>#Heading</c> line (no space after the hash; <c># comment</c> and <c>####</c> code lines are not
/// headings) with a subtitle line, running text and paper metadata lines.
/// </summary>
public sealed class BlogParser : IDigestParser
{
    /// <inheritdoc />
    public DigestFormat Format => DigestFormat.Blog;

    /// <inheritdoc />
    /// <remarks>A source URL on the first line (0.3), two or more <c>#Heading</c> lines (0.3, one: 0.1), metadata lines (0.3).</remarks>
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        bool first = true, sourceLine = false;
        int headings = 0, metadata = 0;
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

            headings += LineShape.StartsWithHashWord(line) ? 1 : 0;
            metadata += BlogMetadata.TryMatch(line, out _, out _) ? 1 : 0;
        }

        var tenths = (sourceLine ? 3 : 0) + (headings >= 2 ? 3 : headings == 1 ? 1 : 0) + (metadata > 0 ? 3 : 0);
        return new FormatScore(tenths / 10.0, $"source URL line: {(sourceLine ? "yes" : "no")}, {headings} #headings, {metadata} metadata lines");
    }

    /// <inheritdoc />
    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        var first = lines.NextNonBlank(0);
        if (first < lines.Count && !LineShape.StartsWithHashWord(lines[first]) && TryFirstUrl(lines[first], out var url))
        {
            context.Source = new DocumentSource(url, null);
            context.MarkHeaderLine(first + 1);
            first = lines.NextNonBlank(first + 1);
        }

        var headings = new List<int>();
        for (var i = first; i < lines.Count; i++)
        {
            if (LineShape.StartsWithHashWord(lines[i]))
            {
                headings.Add(i);
            }
        }

        var end = headings.Count > 0 ? headings[0] : lines.Count;
        for (var i = lines.NextNonBlank(first); i < end; i = lines.NextNonBlank(i + 1))
        {
            context.Report(DiagnosticSeverity.Info, DiagnosticCodes.UnplacedLine, "Line before the first #heading kept here.", i + 1);
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
