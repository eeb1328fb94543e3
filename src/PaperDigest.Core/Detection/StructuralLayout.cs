using PaperDigest.Blocks;
using PaperDigest.Records;

namespace PaperDigest.Detection;

/// <summary>
/// The layout of a document that is no catalog, read from its structure where the text detection is weak:
/// <list type="bullet">
/// <item>three or more records that name papers, narrated rather than described, are a <b>blog</b>'s paper sections, and so are
/// three or more linked items most of which name papers (a short page with fewer paper sections than that);</item>
/// <item>three or more items that each carry a link or state their source, holding half the text or more, are a
/// <b>collection</b>: a <b>tagged</b> one when most items state their source (a source label, a credit line, a closing
/// <c>(source)</c>) or stand in one list, else a <b>brief</b> whose parts hold them;</item>
/// <item>a document with neither (no repeated item of that kind, fewer than two paper records) and some prose is one main
/// text: an <b>article</b>; two sentences, noise or binary bytes stay unknown.</item>
/// </list>
/// A brief the text found by its parts keeps its layout, and so does a catalog the labels found (a one-paper page is one)
/// unless paper sections contradict it or its records are sourced news items; where the structure agrees with the text,
/// the text's parser reads as before, except a collection's, which reads the items.
/// Structural scores are 0.8 to 0.9: they rest on the whole document's blocks, not on a vocabulary in a sample.
/// </summary>
internal static class StructuralLayout
{
    private const int MinItems = 3;
    private const int MinBlogPapers = 3;
    private const double MinLinkedShare = 0.6;
    private const double MinItemCoverage = 0.5;
    private const double MinBlogCoverage = 0.3;

    // A blog's sections are about papers: most of its records name one (a collection of news, tools and a few papers is no blog).
    private const double MinBlogPaperShare = 0.5;

    public static FormatDetection Apply(FormatDetection detection, BlockDocument document, RecordSet papers, IReadOnlyList<IDigestParser> parsers, out RecordSet? records)
    {
        records = null;
        var text = detection.Format;
        if (text == DigestFormat.Brief || (!text.IsUnknown && !IsBuiltIn(text)))
        {
            return detection;
        }

        var items = RecordInducer.InduceItems(document);
        var linked = LinkedShare(items);
        var (decided, score, evidence) = Decide(detection, papers, items, linked, document);
        detection = StructuralDetection.With(detection, $"papers: {papers.Evidence}; items: {items.Evidence}, {linked:P0} with links");
        if (decided is not { } format || parsers.FirstOrDefault(p => p.Format == format) is not { } parser)
        {
            return detection;
        }

        // The structure agrees with a weak text detection: the layout stands as the text found it. A collection's parser
        // reads the items (the text reader pairs titles with long bodies, which short news items do not have); a blog's
        // own reader knows its paper sections' labels better than the items do.
        if (format == text)
        {
            records = format == DigestFormat.Tagged ? items : null;
            return detection;
        }

        records = format == DigestFormat.Article ? null : items;
        var structural = new FormatCandidate(format, score, "structure: " + evidence);
        return new FormatDetection
        {
            Format = format,
            Score = score,
            Candidates = [structural, .. detection.Candidates.Where(c => c.Format != format)],
            Parser = parser,
            Structure = detection.Structure,
        };
    }

    private static (DigestFormat? Format, double Score, string Evidence) Decide(FormatDetection detection, RecordSet papers, RecordSet items, double linked, BlockDocument document)
    {
        var text = detection.Format;
        if (papers.PaperCount >= MinBlogPapers && papers.PaperShare >= MinBlogPaperShare && papers.Coverage >= MinBlogCoverage
            && !StructuralDetection.IsDescribedCatalog(papers) && items.Records.Count >= MinItems)
        {
            return (DigestFormat.Blog, Math.Round(0.8 + (0.1 * papers.PaperShare), 3),
                $"{papers.PaperCount} paper sections, no described catalog ({papers.LabelledShare:P0} labelled, {StructuralDetection.DescribedSlots(papers)} describing slots); items: {items.Evidence}");
        }

        // Notes on one paper: a weak catalog with no paper records whose sections nest three levels deep is one text.
        // A paper's page (a catalog of one) lays its slots out on one level; an essay's outline has parts within parts.
        if (text == DigestFormat.Catalog && papers.PaperCount < 2 && IsNestedOutline(document) && Prose(detection) >= MinProse && IsReadableText(document))
        {
            return (DigestFormat.Article, Math.Round(0.8 + (0.1 * (1 - linked)), 3),
                $"one text: its sections nest {OutlineLevels(document)} levels deep, {papers.PaperCount} paper records");
        }

        // A catalog the labels found weakly yields only to news items that state their source (a table of items from
        // mixed sources with a title column): a one-paper page is a catalog of one, whatever its sections are.
        var sourced = items.Records.Count >= MinItems ? Parsing.RecordItem.SourceShare(items.Records, document.Blocks) : 0;
        if (text == DigestFormat.Catalog && (sourced < Parsing.RecordItem.CreditShare || papers.IsPaperCatalog))
        {
            return (null, 0, string.Empty);
        }

        // Items in two parts or more are a brief's whatever share of them names papers (a brief may recommend papers);
        // fewer than three paper records leave it to this rule rather than to a blog's.
        var parts = items.Records.Select(r => r.RegionIndex).Where(r => r is not null).Distinct().Count();
        if (items.Records.Count >= MinItems && items.Coverage >= MinItemCoverage && (linked >= MinLinkedShare || sourced >= Parsing.RecordItem.CreditShare)
            && (items.PaperShare < 0.5 || parts >= 2))
        {
            // A collection is one list of like items; a brief's parts may differ (numbered headings, then a list of tools).
            var tagged = (sourced >= Parsing.RecordItem.CreditShare && !HasMixedShapes(items, document)) || parts < 2;
            return (tagged ? DigestFormat.Tagged : DigestFormat.Brief, Math.Round(0.8 + (0.1 * linked * items.Coverage), 3),
                $"{items.Records.Count} items ({linked:P0} with links) in {parts} parts, {sourced:P0} with a source; {items.Evidence}");
        }

        // Linked items most of which name papers, but fewer paper sections than a blog's three (a short page of three posts,
        // two of them on papers): the gap between the blog and the collection is a blog of paper posts.
        if (items.Records.Count >= MinItems && items.Coverage >= MinItemCoverage && linked >= MinLinkedShare && items.PaperShare >= MinBlogPaperShare
            && papers.PaperCount < MinBlogPapers && parts < 2 && !StructuralDetection.IsDescribedCatalog(items))
        {
            return (DigestFormat.Blog, Math.Round(0.8 + (0.1 * items.PaperShare * items.Coverage), 3),
                $"{items.Records.Count} linked items, {items.PaperShare:P0} naming papers; {items.Evidence}");
        }

        // News in parts without links: headlines (a sentence's length, not an outline's numbered section names) grouped
        // two or more to a part in two parts or more.
        if (items.Records.Count >= MinPartItems && items.Coverage >= MinItemCoverage && items.PaperShare < 0.5 && IsHeadlinesInParts(items))
        {
            return (DigestFormat.Brief, Math.Round(0.8 + (0.1 * items.Coverage), 3),
                $"{items.Records.Count} headlines in {PartsWithItems(items)} parts; {items.Evidence}");
        }

        // One main text: no paper records that a blog's sections would be (a weak blog keeps its layout while it names one).
        if (papers.PaperCount < (text == DigestFormat.Blog ? 1 : 2) && Prose(detection) >= MinProse && IsReadableText(document))
        {
            return (DigestFormat.Article, Math.Round(0.8 + (0.1 * (1 - linked)), 3),
                items.Records.Count >= MinItems
                    ? $"one text: its {items.Records.Count} repeated parts are no collection ({linked:P0} with a link, covering {items.Coverage:P0}), {papers.PaperCount} paper records"
                    : $"one text: no repeated record, {papers.PaperCount} paper records");
        }

        return (null, 0, string.Empty);
    }

    // How much prose the text found (the article layout's own measure of prose paragraphs): a document is one main text
    // only where there is text to read; two sentences, a line of noise or binary bytes are not an article.
    private const double MinProse = 0.1;

    private static double Prose(FormatDetection detection) =>
        detection.Candidates.FirstOrDefault(c => c.Format == DigestFormat.Article)?.Score ?? 0;

    // Sentences a person wrote: two sentence ends or more, and hardly any replacement or control characters (binary
    // bytes decoded as text, a line of noise are no article).
    private static bool IsReadableText(BlockDocument document)
    {
        long all = 0, broken = 0, ends = 0;
        foreach (var block in document.Blocks)
        {
            foreach (var c in block.Text)
            {
                all++;
                broken += c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\t' or '\r')) ? 1 : 0;
                ends += c is '.' or '。' or '!' or '！' or '?' or '？' ? 1 : 0;
            }
        }

        return ends >= 2 && broken * 50 <= all;
    }

    // Items opened by blocks of different kinds or levels: parts of different shapes.
    private static bool HasMixedShapes(RecordSet items, BlockDocument document) =>
        items.Records.Select(r => (document.Blocks[r.FirstBlock].Kind, document.Blocks[r.FirstBlock].Level)).Distinct().Skip(1).Any();

    private const int MinPartItems = 4;

    private static bool IsHeadlinesInParts(RecordSet items)
    {
        if (PartsWithItems(items) < 2)
        {
            return false;
        }

        var headlines = items.Records.Count(r => Records.RecordTitle.IsHeadline(r.Title));
        return headlines * 4 >= items.Records.Count * 3;
    }

    // Parts (regions) holding two items or more.
    private static int PartsWithItems(RecordSet items) =>
        items.Records.Where(r => r.RegionIndex is not null).GroupBy(r => r.RegionIndex).Count(g => g.Count() >= 2);

    private const int NestedLevels = 3;

    private static bool IsNestedOutline(BlockDocument document) => OutlineLevels(document) >= NestedLevels;

    // Heading levels used twice or more: a title over its sections is one level of them, not an outline.
    private static int OutlineLevels(BlockDocument document)
    {
        Span<int> perLevel = stackalloc int[7];
        foreach (var block in document.Blocks)
        {
            perLevel[Math.Clamp(block.Level, 1, 6)] += block.Kind == BlockKind.Heading ? 1 : 0;
        }

        var levels = 0;
        foreach (var count in perLevel)
        {
            levels += count >= 2 ? 1 : 0;
        }

        return levels;
    }

    private static bool IsBuiltIn(DigestFormat format) =>
        format == DigestFormat.Catalog || format == DigestFormat.Blog || format == DigestFormat.Tagged || format == DigestFormat.Article;

    // The share of items with a link of their own.
    private static double LinkedShare(RecordSet items) =>
        items.Records.Count == 0 ? 0 : Math.Round((double)items.Records.Count(r => r.Links.Count > 0) / items.Records.Count, 3);
}
