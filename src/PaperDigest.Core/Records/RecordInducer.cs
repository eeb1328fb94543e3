using PaperDigest.Blocks;
using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>
/// Finds a document's repeated record in its blocks, the way wrapper induction finds data records on web pages:
/// every way the blocks can repeat (headings of one level, table rows, list items, bold-lead paragraphs) is cut into
/// records, each record's slots are read and typed by content and label, and the cut whose records most often name a
/// paper and share a template wins. No vocabulary decides whether a record exists: the label table only names slots.
/// </summary>
/// <remarks>Stateless and thread-safe; time is linear in the blocks' text for each of at most fourteen candidate cuts.</remarks>
public static class RecordInducer
{
    /// <summary>Finds the repeated record of <paramref name="document"/>.</summary>
    /// <param name="document">The blocks of a document, from any front end.</param>
    /// <returns>The best record set, or <see cref="RecordSet.None"/>.</returns>
    public static RecordSet Induce(BlockDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var best = Best(document, items: false);
        return best.Unit == RecordUnitKind.None ? FrontMatterRecord.Read(document) : best;
    }

    /// <summary>
    /// Finds the repeated item of <paramref name="document"/> whatever the items are: news, posts, tools or papers. A
    /// record is an item when it has a title and something under it (text, a link); the cut with the most distinct,
    /// fitting items over the most of the document wins, and parts it leaves empty take another cut's items (<see cref="ItemParts"/>). Layouts that are not catalogs (briefs, collections) read these.
    /// </summary>
    /// <param name="document">The blocks of a document, from any front end.</param>
    /// <returns>The best item set, or <see cref="RecordSet.None"/>.</returns>
    public static RecordSet InduceItems(BlockDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var scored = new List<(RecordSet Set, double Score)>();
        var best = Best(document, items: true, scored);
        var cuts = scored.ConvertAll(c => c.Set);
        var filled = ItemParts.Fill(document, best, cuts);

        // A brief of parts in different shapes: the next best cuts, their empty parts filled in turn, may reach more
        // items over more of the text than the best one does (two numbered headings, then a list of five tools).
        foreach (var (cut, _) in scored.Where(c => c.Score > 0 && !ReferenceEquals(c.Set, best)).OrderByDescending(c => c.Score).Take(MaxAlternatives))
        {
            var alternative = ItemParts.Fill(document, cut, cuts);
            if (alternative.Records.Count > cut.Records.Count && Reach(alternative) > Reach(filled))
            {
                filled = alternative;
            }
        }

        return filled;
    }

    private const int MaxAlternatives = 2;

    private static double Reach(RecordSet items) => items.Records.Count * items.Coverage;

    /// <summary>
    /// Finds a post's paper sections: the cut of the blocks (headings of one level, an outline's leaves, bold leads…)
    /// whose records name the most papers, keeping only the records that name one (trend, summary and index sections are
    /// the post's own text). A blog reads these where its own reading found fewer papers.
    /// </summary>
    /// <param name="document">The blocks of a document, from any front end.</param>
    /// <returns>The paper sections, or <see cref="RecordSet.None"/>.</returns>
    public static RecordSet InducePaperSections(BlockDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var best = RecordSet.None;
        var cuts = new List<RecordSet>();
        Dictionary<string, string>? titles = null;
        foreach (var candidate in RecordCandidates.Of(document))
        {
            if (candidate.Unit is RecordUnitKind.TableRow or RecordUnitKind.ListItem)
            {
                continue; // a table or list of papers is the post's list, not its sections
            }

            var (set, _) = Evaluate(document.Blocks, candidate, ref titles, items: true);
            cuts.Add(set);
            var papers = set.Records.Where(r => r.IsPaper).ToList();
            if (papers.Count > best.Records.Count)
            {
                best = set with { Records = papers, PaperCount = papers.Count, PaperShare = 1 };
            }
        }

        return NumberedGroups.Expand(document.Blocks, best, cuts);
    }

    // The cut with the best score, for papers or for items.
    private static RecordSet Best(BlockDocument document, bool items, List<(RecordSet Set, double Score)>? cuts = null)
    {
        var best = RecordSet.None;
        var bestScore = 0.0;
        Dictionary<string, string>? titles = null;
        var repeated = items ? ItemScore.RepeatedTargets(document.Blocks) : null;
        foreach (var candidate in RecordCandidates.Of(document))
        {
            var (set, score) = Evaluate(document.Blocks, candidate, ref titles, items, repeated);
            cuts?.Add((set, score));
            if (score > bestScore)
            {
                (best, bestScore) = (set, score);
            }
        }

        return best;
    }

    private static (RecordSet Set, double Score) Evaluate(IReadOnlyList<DigestBlock> blocks, RecordCandidate candidate, ref Dictionary<string, string>? titles, bool items = false, HashSet<string>? repeated = null)
    {
        var records = new List<InducedRecord>(candidate.Ranges.Count);
        var headers = new TableHeaders(blocks);
        foreach (var range in candidate.Ranges)
        {
            records.Add(Read(blocks, candidate.Unit, range, headers));
        }

        if (candidate.Unit == RecordUnitKind.TableRow)
        {
            RecordTitle.WithoutSharedBadge(records);
        }

        Retitle(records, blocks, ref titles);
        var template = RecordTemplate.Of(records);
        for (var i = 0; i < records.Count; i++)
        {
            records[i] = template.Settle(records[i]);
        }

        SlotAlignment.Apply(records);

        // Records that repeat the template's labels (a third of them or more) are groups of the real records: this cut is too coarse.
        if (records.Count(template.IsGroup) * 3 >= records.Count)
        {
            return (RecordSet.None, 0);
        }

        var fits = records.Select(r => items ? ItemScore.Fit(r, blocks, template, candidate.Unit, repeated) : Fit(r, template)).ToArray();
        var (kept, regions) = Keep(blocks, records, fits, candidate);
        if (kept.Count < 2)
        {
            return (RecordSet.None, 0);
        }

        if (items)
        {
            // Items own the document's text: a cut of stray bullets inside the items covers little of it.
            // Items own the document's text: their share of its characters (headings and part lines are short, a
            // closing list of source links holds little of it).
            var set = Set(blocks, candidate, template, kept, regions);
            set = set with { Coverage = ItemScore.TextCoverage(blocks, set.Records) };
            var distinctItems = (double)kept.Select(r => r.Title).Distinct(StringComparer.Ordinal).Count() / kept.Count;
            return (set, fits.Sum() * distinctItems * set.Coverage * fits.Count(f => f > 0) / records.Count);
        }

        // The cut that finds the most paper records, with the fewest repeated titles and misfits, wins. Labels
        // repeated as titles (every "### Authors") are a template's slots, not records.
        var distinct = (double)records.Select(r => r.Title).Distinct(StringComparer.Ordinal).Count() / records.Count;
        var fitting = fits.Count(f => f > 0);
        return (Set(blocks, candidate, template, kept, regions), fits.Sum() * distinct * fitting / records.Count);
    }

    // A record keyed by its arXiv id alone takes the title the document gives that id elsewhere.
    private static void Retitle(List<InducedRecord> records, IReadOnlyList<DigestBlock> blocks, ref Dictionary<string, string>? titles)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (!PaperTitleIndex.IsTitleLike(records[i].Title) && records[i].Links.FirstOrDefault(l => l.Kind == LinkKind.Arxiv)?.Id is { } id)
            {
                titles ??= PaperTitleIndex.Build(blocks);
                if (titles.TryGetValue(ArxivId.WithoutVersion(id).ToString(), out var title))
                {
                    records[i] = records[i] with { Title = title };
                }
            }
        }
    }

    // Where most records fit, one that does not (an essay part among the papers) is a region of its own. A part numbered
    // in Chinese numerals ("一、行业动态") is an outline level above the records and keeps its number, as a heading region
    // does; a numbered record that did not fit ("4. Other work") was part of the records' sequence and is named without it.
    private static (List<InducedRecord> Kept, List<RecordRegion> Regions) Keep(IReadOnlyList<DigestBlock> blocks, List<InducedRecord> records, double[] fits, RecordCandidate candidate)
    {
        var kept = new List<InducedRecord>();
        var regions = new List<RecordRegion>(candidate.Regions);
        var fitting = fits.Count(f => f > 0);
        for (var i = 0; i < records.Count; i++)
        {
            if (fits[i] > 0 || fitting * 2 < records.Count)
            {
                kept.Add(records[i]);
            }
            else
            {
                regions.Add(new RecordRegion(RegionTitle(blocks[records[i].FirstBlock], records[i].Title), candidate.Level, records[i].Lines, records[i].RegionIndex));
            }
        }

        return kept.Count < 2 ? (kept, regions) : RecordRegions.Place(kept, regions);
    }

    private static string RegionTitle(DigestBlock opening, string title)
    {
        var text = opening.Text.AsSpan();
        var line = (text.IndexOf('\n') is var end and >= 0 ? text[..end] : text).Trim();
        var outline = Internals.ChineseNumber.TryRead(line.TrimStart("(（"), out _, out _);
        return outline && line.EndsWith(title, StringComparison.Ordinal) ? line.ToString() : title;
    }

    private static RecordSet Set(IReadOnlyList<DigestBlock> blocks, RecordCandidate candidate, RecordTemplate template, List<InducedRecord> kept, List<RecordRegion> regions)
    {
        var papers = kept.Count(r => r.IsPaper);
        return new RecordSet
        {
            Unit = candidate.Unit,
            Level = candidate.Level,
            Records = kept,
            Regions = regions,
            TemplateLabels = [.. template.Labels.Order(StringComparer.Ordinal)],
            PaperCount = papers,
            PaperShare = Math.Round((double)papers / kept.Count, 3),
            Regularity = Math.Round((double)kept.Count(template.Fits) / kept.Count, 3),
            LabelledShare = LabelledShare(kept),
            Coverage = Coverage(blocks, kept),
        };
    }

    private static double Coverage(IReadOnlyList<DigestBlock> blocks, List<InducedRecord> records)
    {
        var span = blocks[^1].Lines.EndLine - blocks[0].Lines.StartLine + 1;
        var inRecords = records.Sum(r => r.Lines.EndLine - r.Lines.StartLine + 1);
        return span <= 0 ? 0 : Math.Round(Math.Min(1, (double)inRecords / span), 3);
    }

    private static double LabelledShare(List<InducedRecord> records)
    {
        long labelled = 0, all = 0;
        foreach (var slot in records.SelectMany(r => r.Slots))
        {
            all += slot.Value.Length;
            labelled += slot.Kind == RecordSlotKind.Text ? 0 : slot.Value.Length;
        }

        return all == 0 ? 0 : Math.Round((double)labelled / all, 3);
    }

    private static InducedRecord Read(IReadOnlyList<DigestBlock> blocks, RecordUnitKind unit, (int First, int End, int TitleLines, int? Region) range, TableHeaders headers)
    {
        var opening = blocks[range.First];
        var last = blocks[range.End - 1];
        // A record runs to the line before the next block: the markup between its blocks and the next is its own.
        var end = range.End < blocks.Count ? Math.Max(last.Lines.EndLine, blocks[range.End].Lines.StartLine - 1) : last.Lines.EndLine;
        var lines = new LineSpan(opening.Lines.StartLine, Math.Max(opening.Lines.StartLine, end));
        if (unit == RecordUnitKind.TableRow)
        {
            var header = headers.Of(range.First);
            var (cells, rowLinks) = SlotReader.ReadRow(opening, header);
            var titleSlot = RowTitle(cells, opening);
            int? rowNumber = null;
            var rowTitle = titleSlot is null ? string.Empty : CellTitle(opening, titleSlot.Value, out rowNumber);

            // What the title cell says after a bold title ("- what it does") stays as the row's text.
            var rest = titleSlot is null ? string.Empty : TitleCellRest(titleSlot.Value, rowTitle);
            var rowSlots = cells.Where(c => !ReferenceEquals(c, titleSlot)).ToList();
            if (rest.Length > 0)
            {
                rowSlots.Insert(0, new RecordSlot(RecordSlotKind.Text, null, rest, lines));
            }

            return Complete(new InducedRecord
            {
                Title = rowTitle,
                Number = rowNumber,
                FirstBlock = range.First,
                BlockCount = 1,
                Lines = lines,
                Slots = rowSlots,
                Links = rowLinks,
                RegionIndex = range.Region,
            });
        }

        var firstLine = opening.Text.AsSpan();
        firstLine = firstLine.IndexOf('\n') is var nl and >= 0 ? firstLine[..nl] : firstLine;
        var title = RecordTitle.Read(opening, firstLine, out var number);
        number ??= opening.Number; // an ordered list item's own number ("1. **Title**" in Markdown, <ol><li>)
        title = TitleValue(opening, firstLine) ?? title;
        var (slots, links) = SlotReader.Read(blocks, range.First, range.End, opening.Kind == BlockKind.Heading ? int.MaxValue : range.TitleLines, title);

        // An opening line that names nothing ("\\", an id, a date) leaves the title to a slot the label table calls the title.
        if (!HasWords(title) && slots.FindIndex(IsTitleSlot) is var at and >= 0)
        {
            title = slots[at].Value.Trim();
            slots.RemoveAt(at);
        }

        // "[Title](url)：what it is" or "**Title** - what it is" on an item's first line: the run is the title, the rest
        // the item's first text.
        if (opening.Kind is BlockKind.ListItem && RecordTitle.LeadRun(opening, firstLine, title) is { } lead)
        {
            title = lead.Title;
            slots.Insert(0, new RecordSlot(RecordSlotKind.Text, null, lead.Text, new LineSpan(opening.Lines.StartLine, opening.Lines.StartLine)));
        }

        return Complete(new InducedRecord
        {
            Title = title,
            Number = number,
            FirstBlock = range.First,
            BlockCount = range.End - range.First,
            Lines = lines,
            Slots = slots,
            Links = links,
            RegionIndex = range.Region,
        });
    }

    private static bool IsTitleSlot(RecordSlot slot) =>
        slot is { Kind: RecordSlotKind.Labelled, Label: { } label } && slot.Value.Trim().Length > 0
        && SlotNames.TryName(label, out var match) && match.Role == LabelRole.PaperTitle;

    // Two letters or more (in any script): a title names something; "\\", "2601.00001" or "---" do not.
    private static bool HasWords(ReadOnlySpan<char> title)
    {
        var letters = 0;
        foreach (var c in title)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            if (letters >= 2)
            {
                return true;
            }
        }

        return false;
    }

    // "Title: Sparse Routing…" opening a record: the label names the title, the value is it.
    private static string? TitleValue(DigestBlock opening, ReadOnlySpan<char> firstLine)
    {
        var strong = SlotReader.StrongAt(opening, LabelText.SkipDecoration(firstLine, out _));
        return LabelLead.TryRead(firstLine, strong, out var label, out var valueStart) && valueStart < firstLine.Length
            && SlotNames.TryName(label, out var match) && match.Role == LabelRole.PaperTitle
            && firstLine[valueStart..].Trim() is { Length: > 0 } value
                ? value.ToString()
                : null;
    }

    private static InducedRecord Complete(InducedRecord record) => record with { IsPaper = NamesPaper(record) };

    // The title cell: the one its column names a title, else the longest text cell that is not a list of names.
    private static RecordSlot? RowTitle(List<RecordSlot> cells, DigestBlock row)
    {
        RecordSlot? longest = null;
        foreach (var cell in cells)
        {
            if (cell.Label is { } label && LabelTable.TryMatch(label, LabelGroups.PaperLinks, out var match) && match.Role == LabelRole.PaperTitle)
            {
                return cell;
            }

            var text = cell.Value.AsSpan();
            if (PaperTitleIndex.IsTitleLike(text) && !SlotContent.TryReadAuthors(text, out _) && !IsLinkWords(text, row))
            {
                longest = longest is null || cell.Value.Length > longest.Value.Length ? cell : longest;
            }
        }

        return longest;
    }

    private static readonly System.Buffers.SearchValues<char> LinkSeparators = System.Buffers.SearchValues.Create(" ·|/-–—,;");

    // The title cell's bold run when the cell opens with one ("1) **Title** - what it does"), else the cell, without its number.
    private static string CellTitle(DigestBlock row, string cell, out int? number)
    {
        var at = row.Text.IndexOf(cell, StringComparison.Ordinal);
        foreach (var (start, length) in row.Strong)
        {
            if (at >= 0 && start >= at && start + length <= at + cell.Length && start - at <= MaxNumberPrefix && PaperTitleIndex.IsTitleLike(row.Text.AsSpan(start, length)))
            {
                _ = RecordTitle.Read(row, row.Text.AsSpan(at, start - at + length), out number);
                return row.Text.Substring(start, length).Trim();
            }
        }

        return RecordTitle.Read(row, cell, out number);
    }

    private static string TitleCellRest(string cell, string title)
    {
        var at = title.Length == 0 ? -1 : cell.IndexOf(title, StringComparison.Ordinal);
        return at < 0 ? string.Empty : cell.AsSpan(at + title.Length).Trim().TrimStart("-–—:：|·").Trim().ToString();
    }

    // "12) " before a bold title.
    private const int MaxNumberPrefix = 6;

    // A cell of link words ("HF · arXiv", "PDF | Code") is a toolbar, not a title.
    private static bool IsLinkWords(ReadOnlySpan<char> text, DigestBlock row)
    {
        if (row.Links.Count > SlotReader.MaxToolbarLinks)
        {
            return false;
        }

        var rest = text.ToString();
        foreach (var link in row.Links)
        {
            if (link.Text.Length > 0)
            {
                rest = rest.Replace(link.Text, string.Empty, StringComparison.Ordinal);
            }
        }

        return !rest.AsSpan().ContainsAnyExcept(LinkSeparators);
    }

    // A record that names one paper (by id or authors); one that names five papers or more by id is a list of them
    // (a closing index of the day's titles), not a paper.
    internal static bool NamesPaper(InducedRecord record)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in record.Links)
        {
            if (link.Kind is LinkKind.Arxiv or LinkKind.Doi or LinkKind.OpenReview
                || (link.Kind == LinkKind.HuggingFace && link.Id?.StartsWith("papers/", StringComparison.Ordinal) == true))
            {
                ids.Add(PaperKey(link));
            }
        }

        if (ids.Count > 0)
        {
            return ids.Count <= MaxIdsOfOnePaper;
        }

        foreach (var slot in record.Slots)
        {
            if (slot.Kind == RecordSlotKind.Authors
                || (slot.Label is { } label && LabelTable.TryMatch(label, LabelGroups.PaperHead, out var match) && match.Role == LabelRole.Authors))
            {
                return true;
            }
        }

        return false;
    }

    // One paper's ids (its arXiv id, a DOI, an OpenReview forum) and a few papers it cites; five or more is a list.
    private const int MaxIdsOfOnePaper = 4;

    private static string PaperKey(DigestLink link) => link.Kind switch
    {
        LinkKind.Arxiv => ArxivId.WithoutVersion(link.Id ?? link.Url).ToString(),
        LinkKind.HuggingFace => ArxivId.WithoutVersion((link.Id ?? link.Url).Replace("papers/", string.Empty, StringComparison.Ordinal)).ToString(),
        _ => link.Id ?? link.Url,
    };


    private static double Fit(InducedRecord record, RecordTemplate template) =>
        !HasWords(record.Title) ? 0 : (record.IsPaper ? 1 : 0) + (template.Fits(record) ? 0.5 : 0);
}
