namespace PaperDigest.Parsing.Brief;

/// <summary>Turns collected brief items into entries: featured items (label, title, paragraph, takeaways) and further items (title, glued label, one-line description).</summary>
internal static class BriefEntryFactory
{
    public static DigestEntry Featured(BriefItemDraft item, TopicLabelMatcher labels, int ordinal)
    {
        var lines = new Queue<MarkdownLine>(item.Lines);
        var (label, title) = ReadLabelAndTitle(item.Head, lines, labels);
        string? summary = null;
        var takeaways = new List<string>();
        foreach (var line in lines)
        {
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
            Category = item.PartTitle,
            Topic = label,
            Summary = summary,
            Takeaways = takeaways,
            Links = Links(item, summary, takeaways),
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
        if (texts.Count > 0 && IsLoneLabel(texts[0], labels, out var own))
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
            Links = Links(item, summary, []),
            Span = new LineSpan(item.FirstLine + 1, item.LastLine + 1),
        };
    }

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
            return (label, rest.Length > 0 ? rest : lines.Count > 0 ? lines.Dequeue().Text : null);
        }

        return (null, head);
    }

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

    private static DigestLink[] Links(BriefItemDraft item, string? summary, List<string> more)
    {
        var links = new List<DigestLink>(item.Links.Count);
        foreach (var link in item.Links)
        {
            LinkExtractor.AddDistinct(links, link);
        }

        if (summary is not null)
        {
            LinkExtractor.Extract(summary, links);
        }

        foreach (var text in more)
        {
            LinkExtractor.Extract(text, links);
        }

        return [.. links];
    }

    private static string StripAnchor(string text) => BriefItemSplitter.StripLinkAnchor(text.AsSpan().Trim()).ToString();
}
