namespace PaperDigest.Parsing.Brief;

/// <summary>Turns collected brief items into entries: featured items (label, title, paragraph, takeaways) and further items (title, glued label, one-line description).</summary>
internal static class BriefEntryFactory
{
    public static DigestEntry Featured(BriefItemDraft item, TopicLabelMatcher labels, int ordinal)
    {
        var lines = new Queue<MarkdownLine>(item.Lines);
        // A numbered heading reads like a numbered line ("### 01 推理 title"); an unnumbered one is the title itself.
        var (label, title) = item is { Style: BriefItemStyle.Heading, Number: null }
            ? ReadHeadingTitle(item.Head)
            : ReadLabelAndTitle(item.Head, lines, labels);
        string? summary = null;
        var takeaways = new List<string>();
        var facts = new BriefItemFacts();
        foreach (var line in lines)
        {
            if (facts.TryRead(line) || IsLeadIn(line))
            {
                continue;
            }

            if (summary is null && line.Kind != MarkdownLineKind.Bullet)
            {
                summary = line.Text;
            }
            else
            {
                takeaways.Add(line.Text);
            }
        }

        return new DigestEntry
        {
            Kind = EntryKind.NewsItem,
            Ordinal = ordinal,
            Number = item.Number,
            Title = title,
            PaperTitle = facts.PaperTitle,
            Authors = facts.Authors,
            Category = item.PartTitle,
            Topic = facts.Topic ?? label,
            Summary = summary,
            Takeaways = takeaways,
            Links = Links(item),
            Span = new LineSpan(item.FirstLine + 1, item.LastLine + 1),
        };
    }

    public static DigestEntry More(BriefItemDraft item, TopicLabelMatcher labels, DigestParseContext context)
    {
        var texts = new List<string>(item.Lines.Count + 1);
        if (item.Head.Length > 0)
        {
            texts.Add(item.Head);
        }

        texts.AddRange(item.Lines.Select(l => l.Text));
        string? title = null, label = null, summary = null;
        if (item.LeadTitle is { } lead)
        {
            // "- **[title](url)** — text": the bold or linked lead is the title, the rest its description.
            title = lead;
            var rest = texts[0].AsSpan();
            rest = rest.StartsWith(lead, StringComparison.Ordinal) ? rest[lead.Length..] : rest;
            summary = string.Join('\n', texts.Skip(1).Prepend(rest.TrimStart(" —–-:：|").ToString()).Where(t => t.Length > 0));
        }
        else if (texts.Count > 0 && BriefItemSplitter.TrySplitParenthesizedTopic(texts[0], out var parenTitle, out var parenLabel, out var parenText))
        {
            // "title（topic）：description".
            (title, label) = (parenTitle, parenLabel);
            summary = string.Join('\n', texts.Skip(1).Prepend(parenText).Where(t => t.Length > 0));
        }
        else if (item.Style == BriefItemStyle.TrailingTopic && BriefItemSplitter.TrailingLabelStart(texts[0], labels) is var labelStart and > 0)
        {
            // "title topic" then the description lines: the label is the line's last words.
            (title, label) = (texts[0][..labelStart].Trim(), texts[0][labelStart..].Trim());
            summary = StripAnchor(string.Join('\n', texts.Skip(1)));
        }
        else if (texts.Count > 0 && IsLoneLabel(texts[0], labels, out var own))
        {
            // The label on its own line: then the title, then the description.
            label = own;
            title = texts.Count > 1 ? StripAnchor(texts[1]) : null;
            summary = texts.Count > 2 ? StripAnchor(string.Join('\n', texts.Skip(2))) : null;
        }
        else if (texts.Count > 0 && BriefItemSplitter.TrySplitGlued(texts[0], labels, out var splitTitle, out var splitLabel, out var description))
        {
            (title, label) = (splitTitle, splitLabel);
            summary = string.Join('\n', texts.Skip(1).Select(StripAnchor).Prepend(description).Where(t => t.Length > 0));
        }
        else if (texts.Count > 0)
        {
            title = StripAnchor(string.Join('\n', texts));
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.UnknownTopicLabel,
                $"Item {item.Number}: no known topic label in \"{TextSlice.Shorten(title, 40)}\"; the whole line is kept as its title.",
                item.FirstLine + 1 + (item.Head.Length > 0 ? 0 : 1));
        }

        return new DigestEntry
        {
            Kind = EntryKind.NewsItem,
            Ordinal = context.NextOrdinal,
            Number = item.Number,
            Title = title,
            Category = item.PartTitle,
            Topic = label,
            Summary = string.IsNullOrEmpty(summary) ? null : summary,
            Links = Links(item),
            Span = new LineSpan(item.FirstLine + 1, item.LastLine + 1),
        };
    }

    // A heading is the title; only a bracketed topic before it is split off ("[评测] title"), since a heading's
    // first word may be a topic name that is part of the title ("LLM Agents …").
    private static (string? Label, string? Title) ReadHeadingTitle(string head) =>
        BriefItemSplitter.TryBracketLabel(head, out var label, out var rest) && rest.Length > 0 ? (label, rest) : (null, head.Length > 0 ? head : null);

    // "為什麼這道浪值得追：", "Takeaways:": a short line ending in a colon introduces the list under it.
    private static bool IsLeadIn(MarkdownLine line) =>
        line.Kind != MarkdownLineKind.Bullet && line.Text.Length <= MaxLeadInLength && (line.Text.EndsWith(':') || line.Text.EndsWith('：'));

    private const int MaxLeadInLength = 24;

    // "01 推理 标题", "01 【推理】标题", "01" + "推理" + "标题", "01 推理" + "标题".
    private static (string? Label, string? Title) ReadLabelAndTitle(string head, Queue<MarkdownLine> lines, TopicLabelMatcher labels)
    {
        if (head.Length == 0)
        {
            if (lines.Count == 0)
            {
                return (null, null);
            }

            head = lines.Dequeue().Text;
            if (IsLoneLabel(head, labels, out var own))
            {
                return (own, lines.Count > 0 ? lines.Dequeue().Text : null);
            }
        }

        if (BriefItemSplitter.TryLeadingLabel(head, labels, allowUnknown: true, out var label, out var rest))
        {
            if (rest.Length > 0)
            {
                return (label, rest);
            }

            // A label alone on the head names the topic of the title on the next line; a statement there (it ends
            // in a full stop; a title may end in a question mark) is the item's summary, so the head was the title
            // ("### 3. Sparse attention" over its paragraph).
            return lines.Count > 0 && !EndsInFullStop(lines.Peek().Text) ? (label, lines.Dequeue().Text) : (null, head);
        }

        return (null, head);
    }

    private static bool EndsInFullStop(ReadOnlySpan<char> text) => text.TrimEnd() is [.., '。' or '.' or '；' or ';'];

    private static bool IsLoneLabel(string text, TopicLabelMatcher labels, out string label)
    {
        label = "";
        if (BriefItemSplitter.TryLeadingLabel(text, labels, allowUnknown: false, out var found, out var rest) && rest.Length == 0)
        {
            label = found;
            return true;
        }

        return false;
    }

    // Every line of the item: its head, summary and takeaways, and the labelled lines (链接：https://…) the facts took.
    private static DigestLink[] Links(BriefItemDraft item)
    {
        var links = LinkSet.Of(item.Links);
        LinkExtractor.Extract(item.Head, links);
        foreach (var line in item.Lines)
        {
            LinkExtractor.Extract(line.Text, links);
        }

        return links.ToArray();
    }

    private static string StripAnchor(string text) => BriefItemSplitter.StripLinkAnchor(text.AsSpan().Trim()).ToString();
}
