using PaperDigest;
using PaperDigest.Parsing;

namespace DependencyInjectionSample;

/// <summary>
/// A Markdown reading list (<c>- [ ] Title https://arxiv.org/abs/...</c>), one paper per checkbox line. The container
/// builds it, injecting <see cref="ReadingListMarkers"/>; read items are tagged <c>read</c>.
/// </summary>
public sealed class ReadingListParser(ReadingListMarkers markers) : IDigestParser
{
    public static readonly DigestFormat ReadingList = new("reading-list");

    public DigestFormat Format => ReadingList;

    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        int lines = 0, items = 0;
        foreach (var line in sample.EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                lines++;
                items += Marker(line) is not null ? 1 : 0;
            }
        }

        return items == 0 ? FormatScore.None("no checkbox lines") : new FormatScore(0.9 * items / lines, $"{items} of {lines} lines are checkboxes");
    }

    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var line = context.Lines[i];
            if (line.IsWhiteSpace())
            {
                continue;
            }

            if (Marker(line) is not { } marker)
            {
                context.Report(DiagnosticSeverity.Warning, "LIST001", "Not a checkbox line.", i + 1);
                continue;
            }

            var text = line.Trim()[marker.Length..];
            var links = new List<DigestLink>();
            LinkExtractor.Extract(text, links);
            var url = text.IndexOf("http", StringComparison.Ordinal);
            context.AddEntry(new DigestEntry
            {
                Kind = EntryKind.Paper,
                Ordinal = context.NextOrdinal,
                Title = (url > 0 ? text[..url] : text).Trim().ToString(),
                Links = links,
                Tags = markers.Read.Contains(marker) ? [DigestTag.FromLabel("read")] : [],
                Span = new LineSpan(i + 1, i + 1),
            });
        }
    }

    private string? Marker(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        foreach (var marker in markers.Unread.Concat(markers.Read))
        {
            if (trimmed.StartsWith(marker, StringComparison.Ordinal))
            {
                return marker;
            }
        }

        return null;
    }
}
