using PaperDigest.Blocks;

namespace PaperDigest.Records;

/// <summary>
/// The ways a block list can repeat a record: headings of one level, table rows of one column set, top-level list
/// items, bold-lead paragraphs, plain-text chunks, runs between rules. Each is one linear pass over the blocks, and
/// there are at most fourteen (six heading levels, four column sets, list items, bold leads, text chunks, rules).
/// </summary>
internal static class RecordCandidates
{
    private const int MinRecords = 2;

    public static IEnumerable<RecordCandidate> Of(BlockDocument document)
    {
        var blocks = document.Blocks;
        Span<int> headings = stackalloc int[7];
        int rows = 0, items = 0, leads = 0, rules = 0;
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    headings[Math.Clamp(block.Level, 1, 6)]++;
                    break;
                case BlockKind.TableRow when !block.IsHeaderRow:
                    rows++;
                    break;
                case BlockKind.ListItem when block.Level == 1:
                    items++;
                    break;
                case BlockKind.Paragraph or BlockKind.Raw when IsBoldLead(block):
                    leads++;
                    break;
                case BlockKind.Rule:
                    rules++;
                    break;
            }
        }

        var candidates = new List<RecordCandidate>();
        for (var level = 1; level <= 6; level++)
        {
            if (headings[level] >= MinRecords)
            {
                candidates.Add(ByHeading(blocks, level));
            }
        }

        if (ByLeafHeading(blocks) is { } leaves)
        {
            candidates.Add(leaves);
        }

        if (ByContainer(document) is { } cards)
        {
            candidates.Add(cards);
        }

        if (rows >= MinRecords)
        {
            // Tables with different columns hold different records (papers, categories, edges): one cut each, for the
            // column sets with the most rows (a page of a thousand differently headed tables costs four passes, not a thousand).
            foreach (var columns in RowsByColumns(blocks).Where(c => c.Value >= MinRecords).OrderByDescending(c => c.Value).Take(MaxTableCuts).Select(c => c.Key))
            {
                candidates.Add(ByTableRow(blocks, columns));
            }
        }

        if (items >= MinRecords)
        {
            candidates.Add(ByListItem(blocks));
        }

        if (leads >= MinRecords)
        {
            candidates.Add(ByBoldLead(blocks));
        }

        if (document.FrontEnd == FrontEndKind.Text)
        {
            candidates.Add(ByChunk(blocks));
        }

        if (rules >= MinRecords)
        {
            candidates.Add(ByRule(blocks));
        }

        return candidates;
    }

    /// <summary>A paragraph whose first line is one bold run that is not a label: <c>**ACL 2024 | Title**</c>.</summary>
    internal static bool IsBoldLead(DigestBlock block)
    {
        if (block.Strong.Count == 0)
        {
            return false;
        }

        var (start, length) = block.Strong[0];
        var text = block.Text.AsSpan();
        var firstLine = text.IndexOf('\n') is var nl and >= 0 ? text[..nl] : text;
        var lead = firstLine[..Parsing.LabelText.SkipDecoration(firstLine, out _)].Length;
        if (start != lead || length < 4 || start + length > firstLine.Length)
        {
            return false;
        }

        var bold = firstLine.Slice(start, length).Trim();
        var rest = firstLine[(start + length)..].Trim();
        return !LabelLead.IsColon(bold[^1]) && (rest.IsEmpty || !LabelLead.IsColon(rest[0])) && bold.Length * 5 >= firstLine.Trim().Length * 4;
    }

    private static RecordCandidate ByHeading(IReadOnlyList<DigestBlock> blocks, int level)
    {
        var candidate = new RecordCandidate(RecordUnitKind.Heading, level);
        var open = -1;
        var parents = new Stack<int>();
        for (var b = 0; b <= blocks.Count; b++)
        {
            var block = b < blocks.Count ? blocks[b] : null;
            var ends = block is null || (block.Kind == BlockKind.Heading && block.Level <= level);
            if (!ends)
            {
                continue;
            }

            if (open >= 0)
            {
                candidate.Ranges.Add((open, b, 1, parents.Count > 0 ? parents.Peek() : null));
                open = -1;
            }

            if (block is null)
            {
                break;
            }

            if (block.Level == level)
            {
                open = b;
                continue;
            }

            while (parents.Count > 0 && candidate.Regions[parents.Peek()].Level >= block.Level)
            {
                parents.Pop();
            }

            candidate.Regions.Add(new RecordRegion(block.Text.Trim(), block.Level, block.Lines, parents.Count > 0 ? parents.Peek() : null));
            parents.Push(candidate.Regions.Count - 1);
        }

        return candidate;
    }

    // In an outline whose records sit at different depths (papers under sub-sections and under sections), the records
    // are its leaves: headings with no deeper heading before the next one as high. Each runs to the next heading; the
    // headings above them are regions. A cut of its own only where the leaves have two levels or more.
    private static RecordCandidate? ByLeafHeading(IReadOnlyList<DigestBlock> blocks)
    {
        var leaf = new bool[blocks.Count];
        var levels = 0;
        var nextLevel = int.MaxValue; // the level of the next heading after b (scanning backwards)
        for (var b = blocks.Count - 1; b >= 0; b--)
        {
            if (blocks[b].Kind != BlockKind.Heading)
            {
                continue;
            }

            leaf[b] = nextLevel <= blocks[b].Level;
            nextLevel = blocks[b].Level;
        }

        // A level with a single leaf (a summary box, a dateline among the parts) holds no records: it is a region.
        Span<int> perLevel = stackalloc int[7];
        for (var b = 0; b < blocks.Count; b++)
        {
            perLevel[Math.Clamp(blocks[b].Level, 1, 6)] += leaf[b] ? 1 : 0;
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            leaf[b] &= perLevel[Math.Clamp(blocks[b].Level, 1, 6)] >= MinRecords;
            levels |= leaf[b] ? 1 << Math.Clamp(blocks[b].Level, 1, 6) : 0;
        }

        if (System.Numerics.BitOperations.PopCount((uint)levels) < 2)
        {
            return null;
        }

        var holds = RecordsWithSubHeadings(blocks, leaf);
        var candidate = new RecordCandidate(RecordUnitKind.Heading, System.Numerics.BitOperations.TrailingZeroCount(levels));
        var parents = new Stack<int>();
        var open = -1;
        var openLevel = int.MaxValue;
        for (var b = 0; b <= blocks.Count; b++)
        {
            var block = b < blocks.Count ? blocks[b] : null;
            if (block is not null && (block.Kind != BlockKind.Heading || (open >= 0 && block.Level > openLevel)))
            {
                continue;
            }

            if (open >= 0)
            {
                candidate.Ranges.Add((open, b, 1, parents.Count > 0 ? parents.Peek() : null));
                (open, openLevel) = (-1, int.MaxValue);
            }

            if (block is null)
            {
                break;
            }

            while (parents.Count > 0 && candidate.Regions[parents.Peek()].Level >= block.Level)
            {
                parents.Pop();
            }

            if (leaf[b] || holds[b])
            {
                (open, openLevel) = (b, holds[b] ? block.Level : int.MaxValue);
                continue;
            }

            candidate.Regions.Add(new RecordRegion(block.Text.Trim(), block.Level, block.Lines, parents.Count > 0 ? parents.Peek() : null));
            parents.Push(candidate.Regions.Count - 1);
        }

        return candidate.Ranges.Count >= MinRecords ? candidate : null;
    }

    // A heading with text of its own before its sub-headings, as deep as most leaves or deeper, is a record whose
    // sub-headings are its parts (a paper section with 起因 / 效果); one straight over its children is a group.
    private static bool[] RecordsWithSubHeadings(IReadOnlyList<DigestBlock> blocks, bool[] leaf)
    {
        Span<int> leavesPerLevel = stackalloc int[7];
        for (var b = 0; b < blocks.Count; b++)
        {
            leavesPerLevel[Math.Clamp(blocks[b].Level, 1, 6)] += leaf[b] ? 1 : 0;
        }

        var common = 1;
        for (var level = 2; level <= 6; level++)
        {
            common = leavesPerLevel[level] > leavesPerLevel[common] ? level : common;
        }

        // Its sub-headings must all be leaves (one level of parts): a heading over groups of records is a group. Each
        // heading scans its own sub-tree, at most six deep, so the pass stays linear.
        var holds = new bool[blocks.Count];
        for (var b = 0; b + 1 < blocks.Count; b++)
        {
            if (blocks[b].Kind != BlockKind.Heading || leaf[b] || blocks[b].Level < common || blocks[b + 1].Kind == BlockKind.Heading)
            {
                continue;
            }

            var flat = true;
            for (var c = b + 1; c < blocks.Count && flat && !(blocks[c].Kind == BlockKind.Heading && blocks[c].Level <= blocks[b].Level); c++)
            {
                flat = blocks[c].Kind != BlockKind.Heading || leaf[c];
            }

            holds[b] = flat;
        }

        return holds;
    }

    // A page's cards: the sibling containers of one shape (same tag and class, same parent) that are most numerous,
    // each holding blocks, are the records; headings outside them are regions. One pass over the containers.
    private static RecordCandidate? ByContainer(BlockDocument document)
    {
        var containers = document.Containers;
        if (containers.Count < MinRecords)
        {
            return null;
        }

        var siblings = new Dictionary<(int Parent, string Key), int>();
        foreach (var container in containers)
        {
            if (container.EndBlock > container.FirstBlock)
            {
                siblings[(container.Parent, container.Key)] = siblings.GetValueOrDefault((container.Parent, container.Key)) + 1;
            }
        }

        var best = siblings.Where(s => s.Value >= 3).OrderByDescending(s => s.Value).Select(s => s.Key).FirstOrDefault();
        if (best.Key is null)
        {
            return null;
        }

        var candidate = new RecordCandidate(RecordUnitKind.Container, 0);
        var blocks = document.Blocks;
        var next = 0;
        int? region = null;
        foreach (var container in containers)
        {
            if (container.Parent != best.Parent || container.Key != best.Key || container.EndBlock <= container.FirstBlock || container.FirstBlock < next)
            {
                continue;
            }

            // Headings between the cards are regions (a part's title over its cards).
            for (; next < container.FirstBlock; next++)
            {
                if (blocks[next].Kind == BlockKind.Heading)
                {
                    candidate.Regions.Add(new RecordRegion(blocks[next].Text.Trim(), blocks[next].Level, blocks[next].Lines, null));
                    region = candidate.Regions.Count - 1;
                }
            }

            candidate.Ranges.Add((container.FirstBlock, container.EndBlock, 1, region));
            next = container.EndBlock;
        }

        return candidate.Ranges.Count >= MinRecords ? candidate : null;
    }

    private const int MaxTableCuts = 4;

    // Data rows per column set, in one pass.
    private static Dictionary<string, int> RowsByColumns(IReadOnlyList<DigestBlock> blocks)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        string? columns = null;
        foreach (var block in blocks)
        {
            if (block.IsHeaderRow)
            {
                columns = Columns(block);
                rows.TryAdd(columns, 0);
            }
            else if (block.Kind == BlockKind.TableRow && columns is not null)
            {
                rows[columns]++;
            }
            else if (block.Kind != BlockKind.TableRow)
            {
                columns = null;
            }
        }

        return rows;
    }

    private static string Columns(DigestBlock header) => string.Join('\u001F', header.Cells.Select(c => c.Trim()));

    private static RecordCandidate ByTableRow(IReadOnlyList<DigestBlock> blocks, string columns)
    {
        var candidate = new RecordCandidate(RecordUnitKind.TableRow, 0);
        int? region = null;
        var inTable = false;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind == BlockKind.Heading)
            {
                candidate.Regions.Add(new RecordRegion(block.Text.Trim(), block.Level, block.Lines, null));
                region = candidate.Regions.Count - 1;
            }
            else if (block.IsHeaderRow)
            {
                inTable = Columns(block) == columns;
            }
            else if (block.Kind == BlockKind.TableRow && inTable)
            {
                candidate.Ranges.Add((b, b + 1, 0, region));
            }
            else if (block.Kind != BlockKind.TableRow)
            {
                inTable = false;
            }
        }

        return candidate;
    }

    // A top-level list item opens a record; deeper items, and paragraphs, code and quotes right under it, continue it.
    private static RecordCandidate ByListItem(IReadOnlyList<DigestBlock> blocks) =>
        Runs(blocks, new RecordCandidate(RecordUnitKind.ListItem, 1),
            opens: block => block is { Kind: BlockKind.ListItem, Level: <= 1 },
            continues: (block, previous) => block is { Kind: BlockKind.ListItem, Level: > 1 }
                || (block.Kind is BlockKind.Paragraph or BlockKind.Code or BlockKind.Quote && block.Lines.StartLine <= previous.Lines.EndLine + 1),
            partLines: true);

    // A line of its own over a list ("**🔥 热点追踪**", "Tools"): short, one line, not a sentence. It names the part the
    // list's items are in, as a heading would.
    private const int MaxPartLine = 40;

    private const int PartLineLevel = 7;

    private static bool IsPartLine(DigestBlock block, DigestBlock? next) =>
        block.Kind == BlockKind.Paragraph && next is { Kind: BlockKind.ListItem, Level: <= 1 }
        && block.Text.Trim() is { Length: > 0 and <= MaxPartLine } line && !line.Contains('\n')
        && line[^1] is not ('。' or '.' or '!' or '！' or '?' or '？' or ':' or '：' or ',' or '，');

    // Plain text: lines that follow each other without a blank line are one chunk; a heading line stands alone.
    private static RecordCandidate ByChunk(IReadOnlyList<DigestBlock> blocks) =>
        Runs(blocks, new RecordCandidate(RecordUnitKind.Chunk, 0),
            opens: block => block.Kind != BlockKind.Rule,
            continues: (block, previous) => block.Kind is not (BlockKind.Heading or BlockKind.Rule) && block.Lines.StartLine == previous.Lines.EndLine + 1);

    // Between horizontal rules: the first block after a rule opens a record, the blocks up to the next rule or heading are in it.
    private static RecordCandidate ByRule(IReadOnlyList<DigestBlock> blocks) =>
        Runs(blocks, new RecordCandidate(RecordUnitKind.RuleSeparated, 0),
            opens: block => block.Kind != BlockKind.Rule,
            continues: (block, _) => block.Kind is not (BlockKind.Rule or BlockKind.Heading));

    // A bold lead opens a record; everything up to the next lead or heading is in it.
    private static RecordCandidate ByBoldLead(IReadOnlyList<DigestBlock> blocks) =>
        Runs(blocks, new RecordCandidate(RecordUnitKind.BoldLead, 0),
            opens: block => block.Kind is BlockKind.Paragraph or BlockKind.Raw && IsBoldLead(block),
            continues: (block, _) => block.Kind != BlockKind.Heading && !(block.Kind is BlockKind.Paragraph or BlockKind.Raw && IsBoldLead(block)));

    // One pass: a block that opens a record closes the open one; a block that continues it stays in it; a heading
    // is a region; anything else closes the open record and stays outside.
    private static RecordCandidate Runs(IReadOnlyList<DigestBlock> blocks, RecordCandidate candidate,
        Func<DigestBlock, bool> opens, Func<DigestBlock, DigestBlock, bool> continues, bool partLines = false)
    {
        var open = -1;
        int? region = null;
        int? heading = null;
        for (var b = 0; b <= blocks.Count; b++)
        {
            var block = b < blocks.Count ? blocks[b] : null;
            if (block is not null && open >= 0 && continues(block, blocks[b - 1]))
            {
                continue;
            }

            if (open >= 0)
            {
                candidate.Ranges.Add((open, b, 1, region));
                open = -1;
            }

            if (block is { Kind: BlockKind.Heading })
            {
                candidate.Regions.Add(new RecordRegion(block.Text.Trim(), block.Level, block.Lines, null));
                region = heading = candidate.Regions.Count - 1;
            }
            else if (partLines && block is not null && IsPartLine(block, b + 1 < blocks.Count ? blocks[b + 1] : null))
            {
                // Below every heading level, inside the heading above it.
                candidate.Regions.Add(new RecordRegion(block.Text.Trim(), PartLineLevel, block.Lines, heading));
                region = candidate.Regions.Count - 1;
            }
            else if (block is not null && opens(block))
            {
                open = b;
            }
        }

        return candidate;
    }
}
