using System.Numerics;

namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// Reads the structured paper catalog: sections headed <c>&lt;category&gt;&lt;count&gt; 篇</c>, and per paper
/// a domain line, a category line, hashtags, an optional TL;DR, emoji-labelled fields and an abstract.
/// </summary>
internal sealed class CatalogParser : IDigestParser
{
    /// <inheritdoc />
    public DigestFormat Format => DigestFormat.Catalog;

    /// <inheritdoc />
    /// <remarks>Counts distinct field labels (most of the weight), abstract markers, tag lines, TL;DR lines and section headers.</remarks>
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        var fieldMask = 0u;
        int abstracts = 0, tags = 0, tlDrs = 0, headers = 0, headedPapers = 0, tableHeaders = 0, tableRows = 0;
        var afterHeading = false;
        foreach (var line in sample.EnumerateLines())
        {
            var kind = CatalogLineClassifier.Classify(line, out var match);

            // A heading with labelled lines under it is a paper's head (### [1] [Title](…) over TL;DR, fields).
            if (kind is CatalogLineKind.Heading or CatalogLineKind.TitleLink)
            {
                afterHeading = true;
            }
            else if (kind == CatalogLineKind.SectionHeader)
            {
                afterHeading = false;
            }
            else if (afterHeading && kind is not (CatalogLineKind.Text or CatalogLineKind.Blank))
            {
                headedPapers++;
                afterHeading = false;
            }

            if (kind == CatalogLineKind.TableRow)
            {
                tableHeaders += CatalogTable.IsHeader(line) ? 1 : 0;
                tableRows++;
            }

            switch (kind)
            {
                case CatalogLineKind.MarkedField or CatalogLineKind.Field:
                    fieldMask |= 1u << FieldIndex(match.Field);
                    break;
                case CatalogLineKind.AbstractMarker:
                    abstracts++;
                    break;
                case CatalogLineKind.Tags:
                    tags++;
                    break;
                case CatalogLineKind.TlDr:
                    tlDrs++;
                    break;
                case CatalogLineKind.SectionHeader:
                    headers++;
                    break;
            }
        }

        var fieldKinds = BitOperations.PopCount(fieldMask);

        // A table whose header names a title column and more (题目, 一句话要点, 标签), with rows under it: a weak sign
        // (0.6, as weak as other signs the text alone gives), since a table of news items has a title column too; the
        // structure decides whether its rows are papers.
        if (tableHeaders > 0 && tableRows - tableHeaders >= 2 && fieldKinds < 2)
        {
            return new FormatScore(0.6, $"{tableHeaders} titled tables ({tableRows - tableHeaders} rows), {headers} section headers");
        }

        if (fieldKinds < 2)
        {
            return new FormatScore(headers > 0 ? 0.1 : 0, $"{fieldKinds} field labels, {headers} section headers");
        }

        var score = (0.45 * Math.Min(fieldKinds, 6) / 6)
            + (abstracts > 0 ? 0.2 : 0)
            + (tags > 0 ? 0.15 : 0)
            + (headers > 0 ? 0.1 : 0)
            + (tlDrs > 0 ? 0.1 : 0)
            + (headedPapers >= 2 ? 0.2 : headedPapers == 1 ? 0.1 : 0);
        return new FormatScore(Math.Min(score, 1),
            $"{fieldKinds} kinds of field label, {abstracts} abstract markers, {tags} tag lines, {tlDrs} TL;DR lines, {headers} section headers, {headedPapers} headed papers");
    }

    /// <inheritdoc />
    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Where the structure chose the layout, its records are the catalog.
        if (context.StructureChose && Detection.StructuralDetection.IsDescribedCatalog(context.Records))
        {
            ReadRecords(context);
            return;
        }

        new CatalogReader(context).Read();

        // The labelled reading stands where it agrees with the structure (it knows more of a familiar catalog: badges,
        // hashtags, abstract markers); where it disagrees, the induced records are the catalog. A plain text the reader
        // covered is not induced again (a large catalog would cost a second pass); Markdown and HTML have their blocks.
        if (context.PageBlocks is null && ReadTheDocument(context))
        {
            return;
        }

        if (Detection.StructuralDetection.IsDescribedCatalog(context.Records) && !Agrees(context, context.Records))
        {
            ReadRecords(context);
        }
    }

    private static void ReadRecords(DigestParseContext context)
    {
        context.StartOver(onSourceLines: true);
        RecordDocumentReader.Read(context, context.Records);
    }

    // As many papers as records, nine in ten titles the same, in order, every member most records fill (authors,
    // abstract, TL;DR, paper title, category, fields) filled in most labelled papers too, and nine in ten of their
    // fields; the labelled reading may hold more (badges, hashtags).
    private static bool Agrees(DigestParseContext context, Records.RecordSet records)
    {
        var entries = context.Entries;
        if (entries.Count != records.Records.Count)
        {
            return false;
        }

        var same = 0;
        Span<int> labelled = stackalloc int[Members];
        Span<int> induced = stackalloc int[Members];
        for (var i = 0; i < entries.Count; i++)
        {
            same += Internals.InlineMarkup.Plain(entries[i].Title) == records.Records[i].Title ? 1 : 0;
            Count(entries[i], labelled);
            Count(RecordEntry.Build(records.Records[i], context), induced);
        }

        for (var m = 0; m < Members - 1; m++)
        {
            if (induced[m] * 2 > entries.Count && labelled[m] * 2 <= entries.Count)
            {
                return false;
            }
        }

        // Fields by count: a label the labelled reading does not know is a field it misses.
        if (labelled[Members - 1] * 10 < induced[Members - 1] * 9)
        {
            return false;
        }

        return same * 10 >= entries.Count * 9;
    }

    private const int Members = 7;

    private static void Count(DigestEntry entry, Span<int> counts)
    {
        counts[0] += entry.Authors.Count > 0 ? 1 : 0;
        counts[1] += entry.Abstract is null ? 0 : 1;
        counts[2] += entry.TlDr is null ? 0 : 1;
        counts[3] += entry.PaperTitle is null ? 0 : 1;
        counts[4] += entry.Category is null ? 0 : 1;
        counts[5] += entry.Fields.Count > 0 ? 1 : 0;
        counts[6] += entry.Fields.Count;
    }

    // Two or more papers covering half the text or more: the reader found the document's records.
    private static bool ReadTheDocument(DigestParseContext context)
    {
        if (context.Entries.Count < 2)
        {
            return false;
        }

        var covered = 0;
        foreach (var entry in context.Entries)
        {
            covered += entry.Span.EndLine - entry.Span.StartLine + 1;
        }

        return covered * 2 >= context.Lines.Count;
    }

    private static int FieldIndex(EntryField field)
    {
        for (var i = 0; i < EntryField.CatalogFields.Count; i++)
        {
            if (EntryField.CatalogFields[i] == field)
            {
                return i;
            }
        }

        return 6;
    }
}
