using PaperDigest.Blocks;
using PaperDigest.Records;

namespace PaperDigest.Parsing;

/// <summary>
/// A record read as an item of a brief, a collection or a blog rather than as a catalog paper: its text is the item's
/// summary and body, a hashtag line its tags, a link's own words (<c>详情</c>, <c>Read more</c>) nothing more than the
/// link, and its source a <c>来源</c>-labelled slot, a trailing credit (a short line after the text, as most items of
/// the document have) or a closing <c>(source)</c>. The section it lies in is a brief item's topic and a collection
/// item's tag. One pass over the record's slots, with the words of its links in a set.
/// </summary>
internal static class RecordItem
{
    // A credit is a name, not a sentence: a publisher, an account, a site.
    private const int MaxCreditLength = 30;

    // Most items carry a credit before any one item's short last line counts as one.
    public const double CreditShare = 0.6;

    /// <summary>The share of <paramref name="records"/> whose source is stated: a source label, a trailing credit or a closing <c>(source)</c>.</summary>
    public static double SourceShare(IReadOnlyList<InducedRecord> records, IReadOnlyList<DigestBlock> blocks)
    {
        if (records.Count == 0)
        {
            return 0;
        }

        var sourced = 0;
        foreach (var record in records)
        {
            sourced += SourceLabel(record) is not null || TrailingCredit(record, LinkWords(record, blocks), NoTagLists) is not null || ClosingCredit(record) is not null ? 1 : 0;
        }

        return (double)sourced / records.Count;
    }

    /// <summary>The item <paramref name="paper"/> (read as a catalog paper) is, in <paramref name="layout"/>.</summary>
    public static DigestEntry Finish(DigestEntry paper, InducedRecord record, string? section, bool credits, DigestFormat layout, DigestParseContext context)
    {
        var linkWords = LinkWords(record, context.Blocks.Blocks);
        var tagLists = TagLists(record, context);
        var credit = credits && SourceLabel(record) is null ? TrailingCredit(record, linkWords, tagLists) : null;
        var closing = credits && credit is null && SourceLabel(record) is null ? ClosingCredit(record) : null;
        var tags = new TagList();
        foreach (var tag in paper.Tags)
        {
            tags.Add(tag);
        }

        var text = new List<string>();
        var authors = paper.Authors;
        foreach (var slot in record.Slots)
        {
            var value = slot.Value.Trim();
            if (tagLists.TryGetValue(slot, out var listed))
            {
                foreach (var tag in listed)
                {
                    tags.Add(tag);
                }

                // The names the catalog reading took from it were these tags.
                authors = slot.Kind == RecordSlotKind.Authors && authors.SequenceEqual(AuthorNames.Split(value)) ? [] : authors;
                continue;
            }

            if (slot.Kind is RecordSlotKind.Labelled or RecordSlotKind.Authors or RecordSlotKind.Categories || value.Length == 0
                || ReferenceEquals(slot, credit) || linkWords.Contains(value))
            {
                continue;
            }

            if (IsHashtagLine(value))
            {
                TagSplitter.Split(value, tags, context);
                continue;
            }


            value = WithoutHashtagLines(value, tags, context);

            text.Add(WithoutTrailingLinkWords(closing is { } split && ReferenceEquals(slot, split.Slot) ? value[..split.BodyLength] : value, linkWords));
        }

        if (layout == DigestFormat.Tagged && section is not null)
        {
            tags.Add(context.Tag(section));
        }

        // A news item or a collection's post has no abstract: what its "摘要"/"Abstract" slot says is its text (a
        // collection's paper item too; a brief's or blog's paper keeps its abstract).
        var abstractIsText = (!record.IsPaper || layout == DigestFormat.Tagged) && text.Count == 0 && paper.Abstract is { Length: > 0 };
        if (abstractIsText)
        {
            text.Add(paper.Abstract!);
        }

        var labelledTitle = paper.PaperTitle is { } title && record.Slot(RecordSlotKind.AlternateTitle)?.Value.Trim() != title ? title : null;
        var summary = text.Count > 0 && layout == DigestFormat.Brief ? text[0] : null;
        var body = string.Join('\n', summary is null ? text : text.Skip(1));
        return paper with
        {
            Kind = layout == DigestFormat.Brief ? EntryKind.NewsItem : EntryKind.Article,
            PaperTitle = labelledTitle,
            Topic = paper.Topic ?? (layout == DigestFormat.Brief ? section : null),
            Summary = summary,
            Body = body.Length > 0 ? body : null,
            Abstract = abstractIsText ? null : paper.Abstract,
            Publisher = paper.Publisher ?? credit?.Value.Trim() ?? closing?.Name,
            Authors = credit is { Kind: RecordSlotKind.Authors } ? [] : authors,
            Tags = [.. tags.Items],
        };
    }

    private static RecordSlot? SourceLabel(InducedRecord record)
    {
        foreach (var slot in record.Slots)
        {
            if (slot.Label is { } label && SlotNames.TryName(label, out var match) && match.Role == LabelRole.Source)
            {
                return slot;
            }
        }

        return null;
    }

    // The last short text line after the item's text: a name, not a number, a hashtag line or the words of a link.
    private static readonly Dictionary<RecordSlot, DigestTag[]> NoTagLists = new(ReferenceEqualityComparer.Instance);

    // A short unnamed line of two or more words that are all known concepts ("强化学习 对齐", "LLM, Agents": a card's
    // chips) is the item's tag list: a source's name ("机器之心") is no concept. The taxonomy names the tags; where the
    // line sits decides nothing.
    private static Dictionary<RecordSlot, DigestTag[]> TagLists(InducedRecord record, DigestParseContext context)
    {
        Dictionary<RecordSlot, DigestTag[]>? lists = null;
        foreach (var slot in record.Slots)
        {
            // Two short Chinese words read like two names, or a translated title, to the content typing; concepts they both
            // are, names or a title they are not.
            if (slot.Kind is not (RecordSlotKind.Text or RecordSlotKind.Authors or RecordSlotKind.AlternateTitle) || slot.Label is not null || slot.Value.Length > MaxTagListLength || slot.Value.AsSpan().ContainsAny('\n', '#'))
            {
                continue;
            }

            // The one keyword rule splits it: separators part the tags; without any, spaces do only between Chinese
            // words ("AI Papers" is one name).
            var tags = new TagList();
            TagSplitter.SplitKeywords(slot.Value, tags, context);
            if (tags.Count >= 2 && tags.Items.All(t => t.IsMapped))
            {
                (lists ??= new(ReferenceEqualityComparer.Instance))[slot] = tags.ToArray();
            }
        }

        return lists ?? NoTagLists;
    }

    private const int MaxTagListLength = 60;


    private static RecordSlot? TrailingCredit(InducedRecord record, HashSet<string> linkWords, Dictionary<RecordSlot, DigestTag[]> tagLists)
    {
        var seenText = false;
        RecordSlot? credit = null;
        foreach (var slot in record.Slots)
        {
            // A credit of two or three capitalized words reads like a name list to the content typing, one in the other
            // script like a translated title.
            if (slot.Kind is not (RecordSlotKind.Text or RecordSlotKind.Authors or RecordSlotKind.AlternateTitle) || slot.Label is not null || tagLists.ContainsKey(slot))
            {
                continue;
            }

            var value = slot.Value.AsSpan().Trim();
            if (seenText && value.Length is > 1 and <= MaxCreditLength && IsName(value) && !IsHashtagLine(value) && !linkWords.Contains(slot.Value.Trim()))
            {
                credit = slot;
            }

            seenText = true;
        }

        return credit;
    }

    // "…正文。(北辰评论)": the item's last text closes with its source in parentheses.
    private static (RecordSlot Slot, string Name, int BodyLength)? ClosingCredit(InducedRecord record)
    {
        for (var i = record.Slots.Count - 1; i >= 0; i--)
        {
            if (record.Slots[i] is { Kind: RecordSlotKind.Text, Label: null } slot && !IsBareUrl(slot.Value))
            {
                var value = slot.Value.Trim();
                return Tagged.TaggedArticleText.TrySplitPublisher(value, out var bodyLength, out var name) && bodyLength > 0 ? (slot, name, bodyLength) : null;
            }
        }

        return null;
    }

    // "…速度更快。原文": the words of a link at the end of the text are the link, not the text's.
    private const int MaxLinkWords = 12;

    private static string WithoutTrailingLinkWords(string value, HashSet<string> linkWords)
    {
        foreach (var words in linkWords)
        {
            if (words.Length is > 0 and <= MaxLinkWords && value.Length > words.Length && value.EndsWith(words, StringComparison.Ordinal))
            {
                return value[..^words.Length].TrimEnd();
            }
        }

        return value;
    }

    // A line that is one URL (the item's link, written out): the link says it, it closes nothing.
    private static bool IsBareUrl(string value) => value.Trim() is var url && LinkExtractor.IsWebUrl(url) && !url.Contains(' ');

    // Letters, and no sentence punctuation.
    private static bool IsName(ReadOnlySpan<char> value)
    {
        var letters = 0;
        foreach (var c in value)
        {
            if (c is '。' or '，' or '.' or ',' or '：' or ':' or '!' or '！' or '?' or '？')
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    // A slot of several lines (a post's text broken by <br>) may close with its hashtag line: those are its tags.
    private static string WithoutHashtagLines(string value, TagList tags, DigestParseContext context)
    {
        if (!value.Contains('\n') || !value.Contains('#'))
        {
            return value;
        }

        var kept = new List<string>();
        foreach (var line in value.Split('\n'))
        {
            if (IsHashtagLine(line.Trim()))
            {
                TagSplitter.Split(line, tags, context);
            }
            else
            {
                kept.Add(line);
            }
        }

        return string.Join('\n', kept).Trim();
    }

    private static bool IsHashtagLine(ReadOnlySpan<char> value)
    {
        var words = 0;
        foreach (var range in value.Split(' '))
        {
            var word = value[range].Trim();
            if (word.IsEmpty)
            {
                continue;
            }

            if (!LineShape.StartsWithHashWord(word))
            {
                return words > 0 && value[range.Start.Value..].Contains('#');
            }

            words++;
        }

        return words > 0;
    }

    // The words of the item's links (详情, Read more, PDF): a line that is only those says what the link says. One set
    // per record, so a record of many links and lines stays linear.
    private static HashSet<string> LinkWords(InducedRecord record, IReadOnlyList<DigestBlock> blocks)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var end = Math.Min(blocks.Count, record.FirstBlock + Math.Max(1, record.BlockCount));
        for (var b = record.FirstBlock; b < end; b++)
        {
            foreach (var link in blocks[b].Links)
            {
                words.Add(link.Text.Trim());
            }
        }

        return words;
    }
}
