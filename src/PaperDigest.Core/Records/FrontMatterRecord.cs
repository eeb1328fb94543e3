using PaperDigest.Blocks;
using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>
/// A document with no repeated record whose front matter describes one paper (a title, its authors or an arXiv link,
/// and keys that name the paper's parts: <c>tldr</c>, <c>motivation</c>, <c>method</c>): the whole document is that
/// paper's record, each key a slot under its own name.
/// </summary>
internal static class FrontMatterRecord
{
    public static RecordSet Read(BlockDocument document)
    {
        var metadata = document.Metadata;
        if (metadata.Title is not { Length: > 0 } title || metadata.Lines is not { } header || document.Blocks.Count == 0)
        {
            return RecordSet.None;
        }

        var slots = new List<RecordSlot>();
        var links = new LinkSet();
        if (metadata.Author is { Length: > 0 } author)
        {
            slots.Add(new RecordSlot(RecordSlotKind.Labelled, "authors", author, header));
        }

        foreach (var (key, value) in metadata.Other)
        {
            if (value.Length == 0)
            {
                continue;
            }

            if (LinkExtractor.IsWebUrl(value.Trim()))
            {
                links.Add(LinkExtractor.Classify(value.Trim()));
            }
            else
            {
                slots.Add(new RecordSlot(RecordSlotKind.Labelled, key, value, header));
            }
        }

        var record = new InducedRecord
        {
            Title = title,
            FirstBlock = 0,
            BlockCount = document.Blocks.Count,
            Lines = new LineSpan(document.Blocks[0].Lines.StartLine, document.Blocks[^1].Lines.EndLine),
            Slots = slots,
            Links = [.. links.Items],
        };
        record = record with { IsPaper = RecordInducer.NamesPaper(record) };
        var named = slots.Count(s => SlotNames.TryName(s.Label!, out var match) && match.Role is LabelRole.Field or LabelRole.TlDr or LabelRole.Abstract);
        if (!record.IsPaper || named < 2)
        {
            return RecordSet.None;
        }

        return new RecordSet
        {
            Unit = RecordUnitKind.FrontMatter,
            Records = [record],
            TemplateLabels = [.. slots.Select(s => RecordTemplate.Key(s.Label!))],
            PaperCount = 1,
            PaperShare = 1,
            Regularity = 1,
            LabelledShare = 1,
            Coverage = 1,
        };
    }
}
