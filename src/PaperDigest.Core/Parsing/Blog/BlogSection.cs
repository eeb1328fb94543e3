namespace PaperDigest.Parsing.Blog;

/// <summary>Turns one <c>#Heading</c> section of a blog into an entry: title, subtitle, body, paper title and typed links.</summary>
internal sealed class BlogSection(DigestParseContext context, int heading, int last)
{
    private const int MaxSubtitleLength = 80;

    private readonly LineTable _lines = context.Lines;
    private readonly List<DigestLink> _links = [];
    private readonly Dictionary<string, LinkKind> _roles = new(StringComparer.Ordinal);
    private string? _paperTitle;

    public DigestEntry ToEntry()
    {
        var title = BlogHeads.Title(_lines[heading], out var number);
        var next = _lines.NextNonBlank(heading + 1);
        if (next <= last && MarkdownLine.KindOf(_lines[next], out _, out _) == MarkdownLineKind.Rule)
        {
            // "1. Transformer" underlined: the rule belongs to the heading.
            next = _lines.NextNonBlank(next + 1);
        }

        string? subtitle = null;
        if (next <= last && LineShape.IsTitleLike(_lines[next], MaxSubtitleLength) && !BlogMetadata.TryMatch(_lines[next], out _, out _))
        {
            subtitle = _lines[next].Trim().ToString();
            next = _lines.NextNonBlank(next + 1);
        }

        string? body = null;
        if (next <= last)
        {
            body = TextSlice.Lines(context.Text, _lines, next, last).Trim();
            ReadMetadata(next);
            LinkExtractor.Extract(body, _links);
        }

        return new DigestEntry
        {
            Kind = EntryKind.Article,
            Ordinal = context.NextOrdinal,
            Number = number,
            Title = title.Length > 0 ? title : null,
            Subtitle = subtitle,
            PaperTitle = _paperTitle ?? (body is null ? null : CitedTitles.FindPaperTitle(body)),
            Body = body,
            Links = TypedLinks(),
            Span = new LineSpan(heading + 1, last + 1),
        };
    }

    private void ReadMetadata(int first)
    {
        for (var i = first; i <= last; i++)
        {
            var line = _lines[i];
            if (!BlogMetadata.TryMatch(line, out var role, out var valueStart))
            {
                continue;
            }

            var value = line[valueStart..].Trim();
            if (IsNone(value))
            {
                // "代码/code：None": the list says there is none.
                continue;
            }

            if (value.IsEmpty)
            {
                context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyMetadata,
                    $"The metadata line '{line.Trim()}' has no value.", i + 1);
                continue;
            }

            var found = new List<DigestLink>();
            LinkExtractor.Extract(value, found);
            if (role == BlogMetadataRole.PaperTitle || (role == BlogMetadataRole.Paper && found.Count == 0))
            {
                _paperTitle ??= value.Trim("《》\"“”").ToString();
            }

            foreach (var link in found)
            {
                _links.Add(link with { Kind = Typed(link.Kind, role) });
                _roles[link.Url] = Typed(link.Kind, role);
            }
        }
    }

    // A metadata label types a plain web link: the project page, the demo.
    private static LinkKind Typed(LinkKind kind, BlogMetadataRole role) => (kind, role) switch
    {
        (LinkKind.Web, BlogMetadataRole.Project) => LinkKind.Project,
        (LinkKind.Web, BlogMetadataRole.Demo) => LinkKind.Demo,
        _ => kind,
    };

    // Links from the body that a metadata line typed take that type; duplicates merged.
    private DigestLink[] TypedLinks()
    {
        var result = new LinkSet();
        foreach (var link in _links)
        {
            result.Add(_roles.TryGetValue(link.Url, out var kind) ? link with { Kind = kind } : link);
        }

        return result.ToArray();
    }

    private static bool IsNone(ReadOnlySpan<char> value) =>
        value is "None" or "none" or "N/A" or "n/a" or "无" or "無" or "暂无" or "暫無" or "-" or "—";
}
