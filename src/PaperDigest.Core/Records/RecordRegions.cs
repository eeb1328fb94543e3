namespace PaperDigest.Records;

/// <summary>
/// Puts regions in document order and each record in the region that heads it: the nearest region above the record,
/// a higher heading or a heading of the records' own level that holds no record (<c>## 详细论文列表</c> among
/// <c>## 1. Title</c> papers groups the papers after it). A region's parent is the nearest region above it of a
/// higher level. One pass over regions and records, both in document order.
/// </summary>
internal static class RecordRegions
{
    public static (List<InducedRecord> Records, List<RecordRegion> Regions) Place(List<InducedRecord> records, List<RecordRegion> regions)
    {
        var ordered = regions.OrderBy(r => r.Lines.StartLine).ToList();
        var placed = new List<RecordRegion>(ordered.Count);
        var open = new List<int>(); // indices of placed regions with strictly rising levels: the current outline
        foreach (var region in ordered)
        {
            while (open.Count > 0 && placed[open[^1]].Level >= region.Level)
            {
                open.RemoveAt(open.Count - 1);
            }

            placed.Add(region with { ParentIndex = open.Count > 0 ? open[^1] : null });
            open.Add(placed.Count - 1);
        }

        var result = new List<InducedRecord>(records.Count);
        var next = 0;
        int? current = null;
        foreach (var record in records)
        {
            while (next < placed.Count && placed[next].Lines.StartLine < record.Lines.StartLine)
            {
                current = next++;
            }

            result.Add(record with { RegionIndex = current });
        }

        return (result, placed);
    }
}
