using System.Numerics;

namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// Reads the structured paper catalog: sections headed <c>&lt;category&gt;&lt;count&gt; 篇</c>, and per paper
/// a domain line, a category line, hashtags, an optional TL;DR, emoji-labelled fields and an abstract.
/// </summary>
public sealed class CatalogParser : IDigestParser
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

        // A table whose header names a title column and more (题目, 一句话要点, 标签), with rows under it.
        if (tableHeaders > 0 && tableRows - tableHeaders >= 2 && fieldKinds < 2)
        {
            return new FormatScore(0.8, $"{tableHeaders} paper tables ({tableRows - tableHeaders} rows), {headers} section headers");
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
        new CatalogReader(context).Read();

        // Where the labels the reader knows found less than the structure holds, the induced records are the catalog.
        // A plain text the reader covered is not induced again (a large catalog costs a second pass otherwise).
        if (!context.HasRecords && ReadTheDocument(context))
        {
            return;
        }

        var records = context.Records;
        if (Detection.StructuralDetection.IsDescribedCatalog(records) && records.Records.Count >= context.Entries.Count)
        {
            context.StartOver(onSourceLines: true);
            RecordCatalogReader.Read(context, records);
        }
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
