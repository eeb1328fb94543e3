using PaperDigest.Blocks;
using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>
/// How well a record serves as an item of any kind (<see cref="RecordInducer.InduceItems"/>): a title of a title's
/// length with something under it, not a labelled slot of a larger item, and the share of the document's text the
/// items hold.
/// </summary>
internal static class ItemScore
{
    /// <summary>The record's fit as an item; 0 for a list item that opens with a bold label (a slot of a larger item).</summary>
    public static double Fit(InducedRecord record, DigestBlock opening, RecordTemplate template, RecordUnitKind unit) =>
        OpensWithLabel(opening) ? 0 : Fit(record, template, unit);

    /// <summary>The share of the document's text the records' blocks hold.</summary>
    public static double TextCoverage(IReadOnlyList<DigestBlock> blocks, IReadOnlyList<InducedRecord> records)
    {
        long all = 0, inRecords = 0;
        foreach (var block in blocks)
        {
            all += block.Text.Length;
        }

        foreach (var record in records)
        {
            for (var b = record.FirstBlock; b < Math.Min(blocks.Count, record.FirstBlock + Math.Max(1, record.BlockCount)); b++)
            {
                inRecords += blocks[b].Text.Length;
            }
        }

        return all == 0 ? 0 : Math.Round(Math.Min(1, (double)inRecords / all), 3);
    }

    // An item: a title of a title's length, with text or a link under it; one that fits the template counts more. A
    // bare heading (a paper named in an outline, its link left empty) counts less; a bare list line is just a line.
    private static double Fit(InducedRecord record, RecordTemplate template, RecordUnitKind unit) =>
        record.Title.Length is 0 or > MaxItemTitle ? 0
        : record.Slots.Count == 0 && record.Links.Count == 0 ? (unit == RecordUnitKind.Heading && !IsOutlineNumbered(record.Title) ? 0.5 : 0)
        : 1 + (template.Count > 0 && template.Fits(record) ? 0.5 : 0);

    // "- **深度拆解**: …": a list item that opens with a bold label is a labelled slot of a larger item, not an item. A
    // bold run that holds a link ("**[llama.cpp](…)**: …") is a linked title.
    private static bool OpensWithLabel(DigestBlock block)
    {
        if (block.Kind != BlockKind.ListItem || block.Strong.Count == 0)
        {
            return false;
        }

        var (start, length) = block.Strong[0];
        var text = block.Text.AsSpan();
        var line = text.IndexOf('\n') is var nl and >= 0 ? text[..nl] : text;
        if (start != LabelText.SkipDecoration(line, out _) || block.Links.Any(l => l.Start >= start && l.Start < start + length))
        {
            return false;
        }

        // A bold run alone on its line is a title ("1. **Title**" over its text); with a colon it is a label.
        var end = Math.Min(line.Length, start + length);
        var after = line[end..].TrimStart();
        var colon = (end > start && LabelLead.IsColon(line[start..end].TrimEnd()[^1])) || (!after.IsEmpty && LabelLead.IsColon(after[0]));
        return colon && LabelLead.TryRead(line, length, out _, out _);
    }

    // "2.2.2 关系抽取": a heading numbered like an outline's part is a section of it, an empty one when it is bare.
    private static bool IsOutlineNumbered(ReadOnlySpan<char> title)
    {
        var i = 0;
        var dots = 0;
        while (i < title.Length && (char.IsAsciiDigit(title[i]) || (title[i] == '.' && i > 0 && char.IsAsciiDigit(title[i - 1]))))
        {
            dots += title[i] == '.' ? 1 : 0;
            i++;
        }

        return dots >= 1 && i > 2 && (i == title.Length || char.IsWhiteSpace(title[i]) || !char.IsAsciiDigit(title[i]));
    }

    // Longer than this, the opening line is a paragraph, not an item's title.
    private const int MaxItemTitle = 160;
}
