using PaperDigest.Parsing.Catalog;
using PaperDigest.Records;

namespace PaperDigest.Parsing;

/// <summary>
/// Reads a document from its induced records (<see cref="DigestParseContext.Records"/>), whatever its layout: each
/// record an entry, each region a section at its own depth, the first top-level heading before the records the
/// document's title, and the lines before the first region the document's header. Spans are the input's own lines.
/// A catalog's records are papers; a brief's, a collection's and a blog's are items (<see cref="RecordItem"/>).
/// </summary>
internal static class RecordDocumentReader
{
    /// <summary>
    /// Reads the document from its items where its structure chose <paramref name="layout"/> (a brief, a collection or a
    /// blog, <see cref="Detection.StructuralLayout"/>); false where it did not, and the layout's own reader reads it.
    /// </summary>
    public static bool TryReadItems(DigestParseContext context, DigestFormat layout)
    {
        if (!context.StructureChose || context.Items.Records.Count < 2)
        {
            return false;
        }

        context.StartOver(onSourceLines: true);
        Read(context, context.Items, layout);
        return true;
    }

    public static void Read(DigestParseContext context, RecordSet records, DigestFormat? layout = null)
    {
        if (records.Records.Count == 0)
        {
            return;
        }

        var regions = records.Regions;
        var firstRecordLine = records.Records[0].Lines.StartLine;
        var titleRegions = TitleRegions(regions, firstRecordLine);
        // A post or page's declared title (front matter, <title>) names a brief, a collection or a blog; a catalog's
        // own first heading names it.
        if (layout is { } itemLayout && itemLayout != DigestFormat.Catalog && context.Metadata.Title is { Length: > 0 } declaredTitle)
        {
            context.Title ??= declaredTitle;
        }

        if (titleRegions.Count > 0)
        {
            context.Title ??= Plain(regions[titleRegions[0]].Title);
        }

        // Sections are the regions that hold records, each running to the next one; a region without records (an
        // essay part, a statistics box, a closing list) is text of the section or header it lies in.
        var counts = Counts(records, regions.Count);
        var kept = Enumerable.Range(0, regions.Count).Where(r => !titleRegions.Contains(r) && counts[r] > 0).ToList();
        var sectionOf = new int?[regions.Count];
        var lastLine = LastLine(context, records);
        for (var k = 0; k < kept.Count; k++)
        {
            var region = regions[kept[k]];
            var end = k + 1 < kept.Count ? regions[kept[k + 1]].Lines.StartLine - 1 : Math.Max(region.Lines.EndLine, lastLine);
            sectionOf[kept[k]] = k;
            var title = Plain(region.Title);

            // A heading's declared size ("支柱二 (3 篇)") is read from the heading alone: a count in a field is text.
            int? declared = null;
            if (CatalogSectionHeader.TryParse(title, out var header))
            {
                (title, declared) = (header.Title, header.Count);
            }

            CatalogChecks.ReportCount(title, declared, counts[kept[k]], region.Lines.StartLine, context);
            context.AddSection(new DigestSection
            {
                Title = title,
                DeclaredCount = declared,
                EntryCount = counts[kept[k]],
                Span = new LineSpan(region.Lines.StartLine, Math.Max(region.Lines.StartLine, end)),
                ParentIndex = Parent(regions, region, sectionOf),
            });
        }

        var firstSection = kept.Count > 0 ? regions[kept[0]].Lines.StartLine : firstRecordLine;
        var headerEnd = Math.Min(firstSection, firstRecordLine) - 1;
        if (headerEnd >= 1)
        {
            context.MarkHeaderLine(1);
            context.MarkHeaderLine(headerEnd);
        }

        var credits = layout is { } items && items != DigestFormat.Catalog && RecordItem.SourceShare(records.Records, context.Blocks.Blocks) >= RecordItem.CreditShare;
        foreach (var record in records.Records)
        {
            var entry = RecordEntry.Build(record, context, proseIsAbstract: layout is not { } kind || kind == DigestFormat.Catalog);
            if (layout is { } format && format != DigestFormat.Catalog)
            {
                entry = RecordItem.Finish(entry, record, SectionTitle(record, regions, sectionOf, context), credits, format, context);
            }

            if (!context.AddEntry(entry))
            {
                break;
            }
        }

        ReportUnplaced(context);
    }

    // Nothing is dropped silently: a block outside every record, section and the header (a footer after the last
    // record of a document without sections) is named, line by line, in an Info diagnostic.
    private static void ReportUnplaced(DigestParseContext context)
    {
        var spans = context.Entries.Select(e => e.Span).Concat(context.Sections.Select(s => s.Span))
            .Concat(context.HeaderSpan is { } header ? [header] : []).OrderBy(s => s.StartLine).ToList();
        var next = 0;
        var coveredTo = 0;
        foreach (var block in context.Blocks.Blocks)
        {
            for (var line = block.Lines.StartLine; line <= block.Lines.EndLine; line++)
            {
                while (next < spans.Count && spans[next].StartLine <= line)
                {
                    coveredTo = Math.Max(coveredTo, spans[next++].EndLine);
                }

                if (line > coveredTo)
                {
                    context.Report(DiagnosticSeverity.Info, DiagnosticCodes.UnplacedLine,
                        $"Not part of any paper or section: '{TextSlice.Shorten(block.Text)}'.", line);
                }
            }
        }
    }

    // The document's title: a level-1 heading before the first record, when it is the first heading of the document.
    // The document's title: the first heading, when it comes before the records at the top level and no other top
    // heading before the records says something else; a page that repeats it (a banner, then the report) repeats the title.
    private static List<int> TitleRegions(IReadOnlyList<RecordRegion> regions, int firstRecordLine)
    {
        if (regions.Count == 0 || regions[0].Lines.StartLine >= firstRecordLine || regions[0].ParentIndex is not null)
        {
            return [];
        }

        var title = Plain(regions[0].Title);
        var same = new List<int> { 0 };
        for (var r = 1; r < regions.Count && regions[r].Lines.StartLine < firstRecordLine; r++)
        {
            if (regions[r].Level <= regions[0].Level)
            {
                if (Plain(regions[r].Title) != title)
                {
                    return [];
                }

                same.Add(r);
            }
        }

        return same;
    }

    // The innermost section the record lies in.
    private static string? SectionTitle(InducedRecord record, IReadOnlyList<RecordRegion> regions, int?[] sectionOf, DigestParseContext context)
    {
        for (var r = record.RegionIndex; r is { } index; r = regions[index].ParentIndex)
        {
            if (sectionOf[index] is { } section)
            {
                return context.Sections[section].Title;
            }
        }

        return null;
    }

    private static int? Parent(IReadOnlyList<RecordRegion> regions, RecordRegion region, int?[] sectionOf)
    {
        for (var p = region.ParentIndex; p is { } index; p = regions[index].ParentIndex)
        {
            if (sectionOf[index] is { } section)
            {
                return section;
            }
        }

        return null;
    }

    private static int[] Counts(RecordSet records, int regions)
    {
        var counts = new int[regions];
        foreach (var record in records.Records)
        {
            for (var r = record.RegionIndex; r is { } index; r = records.Regions[index].ParentIndex)
            {
                counts[index]++;
            }
        }

        return counts;
    }

    private static int LastLine(DigestParseContext context, RecordSet records)
    {
        var blocks = context.Blocks.Blocks;
        return blocks.Count > 0 ? blocks[^1].Lines.EndLine : records.Records[^1].Lines.EndLine;
    }

    private static string Plain(string heading) => heading[LabelText.SkipDecoration(heading, out _)..].Trim();
}
