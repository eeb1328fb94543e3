using PaperDigest.Parsing;

namespace PaperDigest.Tests.Extensibility;

/// <summary>
/// A test layout: lines <c>SHELF: title | url</c>. Depends on <see cref="ShelfPrefix"/>, so the container must inject it.
/// Scores 0.8 per shelf line ratio, enough to beat every built-in layout on its own input.
/// </summary>
internal sealed class ShelfListParser(ShelfPrefix prefix) : IDigestParser
{
    public static readonly DigestFormat Shelf = new("shelf");

    public DigestFormat Format => Shelf;

    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        int lines = 0, shelves = 0;
        foreach (var line in sample.EnumerateLines())
        {
            lines += line.IsWhiteSpace() ? 0 : 1;
            shelves += line.StartsWith(prefix.Value, StringComparison.Ordinal) ? 1 : 0;
        }

        return shelves == 0 ? FormatScore.None("no shelf lines") : new FormatScore(0.8 * shelves / lines, $"{shelves} shelf lines");
    }

    public void Parse(DigestParseContext context)
    {
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var line = context.Lines[i];
            if (!line.StartsWith(prefix.Value, StringComparison.Ordinal))
            {
                continue;
            }

            var text = line[prefix.Value.Length..];
            var bar = text.IndexOf('|');
            var links = new List<DigestLink>();
            LinkExtractor.Extract(text, links);
            context.AddEntry(new DigestEntry
            {
                Kind = EntryKind.Paper,
                Ordinal = context.NextOrdinal,
                Title = (bar >= 0 ? text[..bar] : text).Trim().ToString(),
                Links = links,
                Span = new LineSpan(i + 1, i + 1),
            });
        }
    }
}

/// <summary>The dependency <see cref="ShelfListParser"/> takes from the container.</summary>
internal sealed record ShelfPrefix(string Value);
