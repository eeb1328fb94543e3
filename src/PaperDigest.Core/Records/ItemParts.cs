using PaperDigest.Blocks;

namespace PaperDigest.Records;

/// <summary>
/// A brief's parts need not share one item shape: numbered headings in one part, linked list items in the next, a lead
/// story as a part of its own. The best item cut reads the document's main shape; a part it leaves empty takes the items
/// with text of their own that another cut finds inside it, or is itself an item when its heading is a headline over
/// text. Bare links in a part of their own (references, further reading, the sources again) are no items there.
/// </summary>
/// <remarks>One pass over the parts per cut; each record is tested once.</remarks>
internal static class ItemParts
{
    public static RecordSet Fill(BlockDocument document, RecordSet best, IReadOnlyList<RecordSet> cuts)
    {
        if (best.Records.Count < 2 || best.Regions.Count == 0)
        {
            return best;
        }

        var blocks = document.Blocks;
        var regions = best.Regions;
        var starts = regions.Select(r => r.Lines.StartLine).ToArray();
        var ends = new int[regions.Count];
        for (var r = 0; r < regions.Count; r++)
        {
            ends[r] = r + 1 < regions.Count ? starts[r + 1] - 1 : blocks[^1].Lines.EndLine;
        }

        // Parts the main cut reads, and per other part the most items one other cut finds in it (or its lead story).
        var read = new bool[regions.Count];
        foreach (var record in best.Records)
        {
            if (Inside(starts, record.Lines.StartLine) is var r and >= 0)
            {
                read[r] = true;
            }
        }

        var most = new List<InducedRecord>?[regions.Count];
        var leads = new InducedRecord?[regions.Count];
        foreach (var cut in cuts)
        {
            if (!ReferenceEquals(cut, best))
            {
                Collect(cut, blocks, regions, starts, ends, read, most, leads);
            }
        }

        var added = new List<InducedRecord>();
        var asItems = new HashSet<int>();
        for (var r = 0; r < regions.Count; r++)
        {
            if (most[r] is { Count: >= MinPartItems } items)
            {
                added.AddRange(items);
            }
            else if (leads[r] is { } lead)
            {
                added.Add(lead);
                asItems.Add(r);
            }
        }

        if (added.Count == 0)
        {
            return best;
        }

        var records = best.Records.Concat(added).OrderBy(x => x.Lines.StartLine).ToList();
        var kept = regions.Where((_, i) => !asItems.Contains(i)).ToList();
        var (placed, placedRegions) = RecordRegions.Place(records, kept);
        var papers = placed.Count(x => x.IsPaper);
        return best with
        {
            Records = placed,
            Regions = placedRegions,
            PaperCount = papers,
            PaperShare = Math.Round((double)papers / placed.Count, 3),
            Coverage = ItemScore.TextCoverage(blocks, placed),
        };
    }

    // One cut's items with text of their own, per part the main cut leaves empty; the part's own heading, cut at its
    // level, as its lead story when it is a headline over text. One binary search per record.
    private static void Collect(RecordSet cut, IReadOnlyList<DigestBlock> blocks, IReadOnlyList<RecordRegion> regions, int[] starts, int[] ends, bool[] read,
        List<InducedRecord>?[] most, InducedRecord?[] leads)
    {
        var inPart = new Dictionary<int, List<InducedRecord>>();
        foreach (var record in cut.Records)
        {
            var line = record.Lines.StartLine;
            var at = Array.BinarySearch(starts, line);
            if (at >= 0 && !read[at] && cut.Unit == RecordUnitKind.Heading && cut.Level == regions[at].Level && record.Lines.EndLine <= ends[at]
                && record.Slots.Count > 0 && RecordTitle.IsHeadline(record.Title))
            {
                leads[at] = record;
            }
            else if (Inside(starts, line) is var r and >= 0 && !read[r] && record.Lines.EndLine <= ends[r]
                && record.Slots.Count > 0 && ItemScore.IsItem(record, blocks[record.FirstBlock]))
            {
                if (!inPart.TryGetValue(r, out var list))
                {
                    inPart[r] = list = [];
                }

                list.Add(record);
            }
        }

        foreach (var (r, list) in inPart)
        {
            most[r] = list.Count > (most[r]?.Count ?? 0) ? list : most[r];
        }
    }

    // The part a line lies in: the last region that starts before it; -1 before the first.
    private static int Inside(int[] starts, int line)
    {
        var at = Array.BinarySearch(starts, line - 1);
        return at >= 0 ? at : ~at - 1;
    }

    private const int MinPartItems = 2;
}
