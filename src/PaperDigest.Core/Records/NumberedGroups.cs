using PaperDigest.Blocks;

namespace PaperDigest.Records;

/// <summary>
/// A post numbers its paper sections and closes with one more number over several papers at once ("8. Other work this
/// month" over two sub-headed papers): the group continues the papers' numbering, so its sub-sections with headline
/// titles and text under them are paper sections too, though they name no id.
/// </summary>
internal static class NumberedGroups
{
    public static RecordSet Expand(IReadOnlyList<DigestBlock> blocks, RecordSet papers, IReadOnlyList<RecordSet> cuts)
    {
        if (papers.Records.Count < MinPapers || papers.Records[^1] is not { Number: { } lastNumber } last
            || blocks[last.FirstBlock] is not { Kind: BlockKind.Heading } lastHeading)
        {
            return papers;
        }

        // The next heading at the papers' level, right after the last paper.
        var at = last.FirstBlock + Math.Max(1, last.BlockCount);
        if (at >= blocks.Count || blocks[at] is not { Kind: BlockKind.Heading } group || group.Level != lastHeading.Level)
        {
            return papers;
        }

        _ = RecordTitle.Read(group, group.Text.AsSpan().Trim(), out var number);
        var end = at + 1;
        while (end < blocks.Count && !(blocks[end].Kind == BlockKind.Heading && blocks[end].Level <= group.Level))
        {
            end++;
        }

        var added = number == lastNumber + 1 ? SubSections(group, blocks[end - 1].Lines.EndLine, cuts) : [];
        if (added.Count < 2)
        {
            return papers;
        }

        // The added records come from another cut: their regions are placed again among the papers' own.
        var (records, regions) = RecordRegions.Place([.. papers.Records.Concat(added).OrderBy(r => r.Lines.StartLine)], [.. papers.Regions]);
        return papers with { Records = records, Regions = regions, PaperShare = Math.Round((double)papers.PaperCount / records.Count, 3) };
    }

    // The records of the next heading level down that lie inside the group: headline titles over text.
    private static List<InducedRecord> SubSections(DigestBlock group, int lastLine, IReadOnlyList<RecordSet> cuts)
    {
        var cut = cuts.FirstOrDefault(c => c.Unit == RecordUnitKind.Heading && c.Level == group.Level + 1);
        return cut is null
            ? []
            : [.. cut.Records.Where(r => r.Lines.StartLine > group.Lines.StartLine && r.Lines.StartLine <= lastLine
                && r.Slots.Count > 0 && RecordTitle.IsHeadline(r.Title))];
    }

    private const int MinPapers = 3;
}
