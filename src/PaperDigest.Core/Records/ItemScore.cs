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
    /// <summary>
    /// The record's fit as an item; 0 for a list item that opens with a bold label (a slot of a larger item) and for a
    /// heading over two headlines or more (a part that holds items).
    /// </summary>
    public static double Fit(InducedRecord record, IReadOnlyList<DigestBlock> blocks, RecordTemplate template, RecordUnitKind unit, HashSet<string>? repeated = null) =>
        OpensWithLabel(blocks[record.FirstBlock]) || (unit == RecordUnitKind.Heading && HoldsHeadlines(record, blocks))
        || (repeated is not null && IsCitation(record, blocks[record.FirstBlock], repeated)) ? 0 : Fit(record, template, unit);

    /// <summary>The link targets that more than one block gives: a bare link to one of them cites what the text already linked.</summary>
    public static HashSet<string> RepeatedTargets(IReadOnlyList<DigestBlock> blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (var link in block.Links)
            {
                if (!seen.Add(link.Target))
                {
                    repeated.Add(link.Target);
                }
            }
        }

        return repeated;
    }

    // A bare link (its title and its link, nothing more) to an address another block gives too: a reference list's line.
    private static bool IsCitation(InducedRecord record, DigestBlock opening, HashSet<string> repeated) =>
        record.Slots.Count == 0 && opening.Links.Count == 1 && repeated.Contains(opening.Links[0].Target);

    // Sub-headings that are headlines are items of their own: the heading over them names a part. Sub-headings that
    // name topics in a few words (方法, Results) are the record's own parts.
    private static bool HoldsHeadlines(InducedRecord record, IReadOnlyList<DigestBlock> blocks)
    {
        var headlines = 0;
        for (var b = record.FirstBlock + 1; b < Math.Min(blocks.Count, record.FirstBlock + record.BlockCount) && headlines < 2; b++)
        {
            headlines += blocks[b].Kind == BlockKind.Heading && RecordTitle.IsHeadline(blocks[b].Text.Trim()) ? 1 : 0;
        }

        return headlines >= 2;
    }

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
        record.Title.Length is 0 or > MaxItemTitle || IsDomainName(record.Title) ? 0
        : record.Slots.Count == 0 && record.Links.Count == 0 ? (unit == RecordUnitKind.Heading && !IsOutlineNumbered(record.Title) ? 0.5 : 0)
        : 1 + (template.Count > 0 && template.Fits(record) ? 0.5 : 0);

    /// <summary>Whether the record serves as an item on its own, outside any template: a title with text or a link under it.</summary>
    public static bool IsItem(InducedRecord record, DigestBlock opening) =>
        !OpensWithLabel(opening) && record.Title.Length is > 0 and <= MaxItemTitle && !IsDomainName(record.Title)
        && (record.Slots.Count > 0 || record.Links.Count > 0);

    // "huggingface.co", "www.reuters.com": a link named by its site is a citation of a source, not an item's title.
    internal static bool IsDomainName(ReadOnlySpan<char> title)
    {
        title = title.Trim();
        var dot = title.LastIndexOf('.');
        if (dot <= 0 || dot >= title.Length - 2 || title.ContainsAnyExcept(DomainChars))
        {
            return false;
        }

        return TopLevelDomains.Contains(title[(dot + 1)..].ToString().ToLowerInvariant());
    }

    // The common top-level domains: "llama.cpp" or "Node.js" name software, "reuters.com" a site.
    private static readonly HashSet<string> TopLevelDomains =
        ["com", "net", "org", "io", "ai", "co", "gov", "edu", "uk", "cn", "de", "fr", "jp", "in", "dev", "app", "news", "info", "me", "tv", "us", "eu"];

    private static readonly System.Buffers.SearchValues<char> DomainChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

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
    internal static bool IsOutlineNumbered(ReadOnlySpan<char> title)
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
