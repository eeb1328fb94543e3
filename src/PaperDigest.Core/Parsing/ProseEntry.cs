namespace PaperDigest.Parsing;

/// <summary>An entry whose body is a run of prose lines: the article layout's one entry and the fallback for unknown input.</summary>
internal static class ProseEntry
{
    /// <summary>The entry for lines <paramref name="first"/> to <paramref name="last"/> (0-based), its body starting at <paramref name="bodyStart"/>.</summary>
    public static DigestEntry Create(DigestParseContext context, int first, int bodyStart, int last, string? title)
    {
        var body = TextSlice.Lines(context.Text, context.Lines, bodyStart, last).Trim();
        var links = new LinkSet();
        LinkExtractor.Extract(body, links);
        return new DigestEntry
        {
            Kind = EntryKind.Article,
            Ordinal = context.NextOrdinal,
            Title = title,
            // A title named by its label ("论文标题：…") wins over one merely cited in 《…》.
            PaperTitle = Article.ArticlePaper.FindTitle(context.Lines, bodyStart, last) ?? CitedTitles.FindPaperTitle(body),
            Body = body,
            Links = WithoutPlainCitations(body, links.Items),
            Span = new LineSpan(first + 1, last + 1),
        };
    }

    // A text that links a paper by its URL (arxiv.org/abs/…) and names others by plain id only (a reference list:
    // "arXiv:2212.08073") cites those: they are not its links. Without a linked paper, a plain id is the text's paper.
    // The ids in URLs are gathered in one pass over the text, so a page of many links stays linear.
    private static DigestLink[] WithoutPlainCitations(string body, IReadOnlyList<DigestLink> links)
    {
        if (!links.Any(l => l.Kind == LinkKind.Arxiv))
        {
            return [.. links];
        }

        var inUrls = IdsInUrls(body);
        bool IsLinked(DigestLink l) => l.Id is { } id && inUrls.Contains(ArxivId.WithoutVersion(id).ToString());
        return !links.Any(l => l.Kind == LinkKind.Arxiv && IsLinked(l))
            ? [.. links]
            : [.. links.Where(l => l.Kind != LinkKind.Arxiv || IsLinked(l))];
    }

    private static HashSet<string> IdsInUrls(string body)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var marker in (ReadOnlySpan<string>)["/abs/", "/pdf/"])
        {
            for (var at = body.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = body.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var rest = body.AsSpan(at + marker.Length);
                var length = ArxivId.Length(rest);
                if (length > 0)
                {
                    ids.Add(ArxivId.WithoutVersion(rest[..length]).ToString());
                }
            }
        }

        return ids;
    }
}
