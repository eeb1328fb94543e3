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
        var lastLine = blocks[^1].Lines.EndLine;
        var added = new List<InducedRecord>();
        var leads = new HashSet<int>();
        for (var r = 0; r < regions.Count; r++)
        {
            var start = regions[r].Lines.StartLine;
            var end = r + 1 < regions.Count ? regions[r + 1].Lines.StartLine - 1 : lastLine;
            if (end <= regions[r].Lines.EndLine || best.Records.Any(x => x.Lines.StartLine > start && x.Lines.StartLine <= end))
            {
                continue; // a heading alone, or a part the main cut already reads
            }

            var (items, lead) = ItemsIn(cuts, best, blocks, start, end, regions[r].Level);
            if (items.Count == 0)
            {
                continue;
            }

            added.AddRange(items);
            if (lead)
            {
                leads.Add(r);
            }
        }

        if (added.Count == 0)
        {
            return best;
        }

        var records = best.Records.Concat(added).OrderBy(x => x.Lines.StartLine).ToList();
        var kept = regions.Where((_, i) => !leads.Contains(i)).Select(x => x with { ParentIndex = null }).ToList();
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

    // The items another cut finds between a part's heading and the next part: the cut with the most of them, or the
    // part itself when its heading (cut at its own level) is a headline with text under it.
    private static (List<InducedRecord> Items, bool Lead) ItemsIn(IReadOnlyList<RecordSet> cuts, RecordSet best, IReadOnlyList<DigestBlock> blocks, int start, int end, int level)
    {
        List<InducedRecord> most = [];
        InducedRecord? lead = null;
        foreach (var cut in cuts)
        {
            if (ReferenceEquals(cut, best))
            {
                continue;
            }

            var inside = new List<InducedRecord>();
            foreach (var record in cut.Records)
            {
                if (record.Lines.StartLine == start && cut.Unit == RecordUnitKind.Heading && cut.Level == level && record.Lines.EndLine <= end
                    && record.Slots.Count > 0 && RecordTitle.IsHeadline(record.Title))
                {
                    lead = record;
                }
                else if (record.Lines.StartLine > start && record.Lines.EndLine <= end && record.Slots.Count > 0 && ItemScore.IsItem(record, blocks[record.FirstBlock]))
                {
                    inside.Add(record);
                }
            }

            most = inside.Count > most.Count ? inside : most;
        }

        return most.Count >= MinPartItems ? (most, false) : lead is not null ? ([lead], true) : ([], false);
    }

    private const int MinPartItems = 2;
}
