using PaperDigest.Blocks;
using PaperDigest.Records;

namespace PaperDigest.Detection;

/// <summary>
/// The layout as an outcome of the structure: where the blocks hold a catalog of papers (three or more records
/// that name papers and share a template of two or more slots), the catalog is a candidate whatever its labels
/// are called, scored by how many records name a paper and fit the template. A text detection that is clear on its
/// own evidence (score 0.8 or more) stands, unless the records are labelled slots through and through (80% of their
/// text under labels) and make most of the document (60% of its lines, three papers or more): a blog whose sections
/// carry metadata above their prose keeps its layout; a clear brief, or a custom layout, always does.
/// </summary>
internal static class StructuralDetection
{
    private const int MinPapers = 2;
    private const int MinTemplateSlots = 2;

    // Template slots that describe a paper (fields, authors, abstract), not links: a list of papers with only their
    // paper and code links is a blog's list (docs/records.md).
    internal static int DescribedSlots(RecordSet records) =>
        records.TemplateLabels.Count(label => !(Parsing.LabelTable.TryMatch(label, Parsing.LabelGroups.PaperLinks, out var match)
            && match.ContentStart >= label.Length && match.Role is not Parsing.LabelRole.PaperTitle));

    /// <summary>Whether the records are a catalog of described papers: most name a paper and fit one template of two or more described slots (or one table's columns), and half their text or more is in labelled or typed slots.</summary>
    public static bool IsDescribedCatalog(RecordSet records) =>
        records.IsPaperCatalog && records.LabelledShare >= DescribedShare
        && (DescribedSlots(records) >= MinTemplateSlots || records.Unit == RecordUnitKind.TableRow);

    // A catalog's records are described more than narrated: half their text or more under labels or typed by content
    // (a blog's sections carry metadata above prose).
    private const double DescribedShare = 0.5;

    // Records that are labelled slots through and through: a layout the labels' vocabulary found cannot outvote them.
    private static bool IsLabelledCatalog(RecordSet records) =>
        IsDescribedCatalog(records) && records.LabelledShare >= LabelledCatalogShare && records.Coverage >= CatalogCoverage
        && records.PaperCount >= MinPapersOverClear;

    // The layouts that yield to labelled records: a brief's parts are its layout, and a custom parser's clear claim stands.
    private static bool Yields(DigestFormat format) => format == DigestFormat.Blog || format == DigestFormat.Tagged || format == DigestFormat.Article;

    private const double LabelledCatalogShare = 0.8;
    private const double CatalogCoverage = 0.6;
    private const int MinPapersOverClear = 3;

    public static FormatDetection Apply(FormatDetection detection, Func<BlockDocument> blocks, IReadOnlyList<IDigestParser> parsers, DigestOptions options) =>
        Apply(detection, blocks, parsers, options, out _);

    /// <summary>
    /// Makes the layout the structure's where the text detection is not clear: the catalog where the blocks hold a
    /// described catalog, else a blog, a brief or a collection, or an article (<see cref="StructuralLayout"/>).
    /// </summary>
    /// <param name="detection">The text layouts' detection.</param>
    /// <param name="blocks">The input's blocks, read when needed.</param>
    /// <param name="parsers">The pipeline's text parsers.</param>
    /// <param name="options">The pipeline's options.</param>
    /// <param name="records">The records the chosen layout reads (a catalog's papers, a brief's or collection's items), or <see langword="null"/> when the structure did not choose.</param>
    /// <returns>The detection, the structure's layout first where it chose one.</returns>
    public static FormatDetection Apply(FormatDetection detection, Func<BlockDocument> blocks, IReadOnlyList<IDigestParser> parsers, DigestOptions options, out RecordSet? records)
    {
        records = null;
        var textIsCatalog = detection.Format == DigestFormat.Catalog;

        // A layout its own evidence makes clear stands (a brief whose parts hold paper items, a clear catalog: nothing is
        // induced for them); a catalog the text found weakly may gain the structure's score.
        var catalog = parsers.FirstOrDefault(p => p.Format == DigestFormat.Catalog);
        var clearText = detection.Score >= FormatDetector.ClearScore;
        if (options.Format is not null || catalog is null || (clearText && (textIsCatalog || !Yields(detection.Format))))
        {
            return detection;
        }

        var document = blocks();
        var induced = RecordInducer.Induce(document);
        var chosen = AsCatalog(detection, induced, catalog, out records)
            ?? (clearText ? detection : StructuralLayout.Apply(detection, document, induced, parsers, out records));
        return chosen.Structure is not null ? chosen : With(chosen, "papers: " + induced.Evidence);
    }

    internal static FormatDetection With(FormatDetection detection, string structure) => new()
    {
        Format = detection.Format,
        Score = detection.Score,
        Candidates = detection.Candidates,
        Parser = detection.Parser,
        Structure = structure,
    };

    private static FormatDetection? AsCatalog(FormatDetection detection, RecordSet induced, IDigestParser catalog, out RecordSet? records)
    {
        records = null;
        var textIsCatalog = detection.Format == DigestFormat.Catalog;

        // A clear brief stands whatever its featured part holds: its parts are the layout.
        var clear = !textIsCatalog && detection.Score >= FormatDetector.ClearScore;
        if ((induced.PaperCount < MinPapers && induced.Unit != RecordUnitKind.FrontMatter) || !IsDescribedCatalog(induced)
            || (clear && (!IsLabelledCatalog(induced) || !Yields(detection.Format))))
        {
            return null;
        }

        var score = Math.Round(0.6 + (0.4 * induced.PaperShare * induced.Regularity), 3);
        if (score <= detection.Score)
        {
            return null;
        }

        // Records go to the parse where the structure chose the layout: no catalog by the labels, or one they found
        // with a weak score; a catalog the labels found clearly is read by them (and checked against the records).
        records = textIsCatalog && detection.Score >= FormatDetector.ClearScore ? null : induced;
        var byLabels = detection.Candidates.FirstOrDefault(c => c.Format == DigestFormat.Catalog);
        var structural = new FormatCandidate(DigestFormat.Catalog, score,
            "structure: " + induced.Evidence + (byLabels is null ? string.Empty : $"; labels ({byLabels.Score:0.00}): {byLabels.Reason}"));
        return new FormatDetection
        {
            Format = DigestFormat.Catalog,
            Score = score,
            Candidates = [structural, .. detection.Candidates.Where(c => c.Format != DigestFormat.Catalog)],
            Parser = catalog,
        };
    }
}
