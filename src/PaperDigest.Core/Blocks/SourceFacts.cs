using PaperDigest.Html;
using PaperDigest.Parsing;

namespace PaperDigest.Blocks;

/// <summary>
/// Document facts every layout gets, whatever its parser reads: YAML front matter or a page's
/// <c>&lt;head&gt;</c> (title, date, url, site, authors) and a media byline (publisher, reporters). The pipeline applies them after the parse;
/// what the layout parser set itself wins. Cheap: front matter is only looked for at the very start, and
/// a byline only in the first lines.
/// </summary>
internal static class SourceFacts
{
    public static void Apply(DigestParseContext context)
    {
        var text = context.Text;
        if (HtmlInput.LooksLikeHtml(text.AsSpan(0, Math.Min(text.Length, 4096))))
        {
            return;
        }

        var metadata = context.Metadata;

        // Metadata read by a front end is on the source's lines, not the written text's: the pipeline
        // adds those lines to the header span when it maps the document back.
        if (context.BodyStart > 0 && metadata.Lines is { } header)
        {
            for (var line = header.StartLine; line <= header.EndLine; line++)
            {
                context.MarkHeaderLine(line);
            }
        }

        var firstLine = context.BodyStart + 1;
        var byline = Byline.Find(context.Lines, firstLine);
        context.Title ??= metadata.Title ?? LeadingHeading(context.Lines, firstLine);
        if (context.Tags.Count == 0)
        {
            foreach (var tag in metadata.Tags)
            {
                context.Tags.Add(context.Tag(tag));
            }
        }

        Merge(context, metadata, byline);
    }

    private static void Merge(DigestParseContext context, DocumentMetadata metadata, Byline? byline)
    {
        context.Title ??= metadata.Title;
        context.Date ??= metadata.Date;
        var source = context.Source;
        var url = source?.Url ?? metadata.Url ?? byline?.Url;
        var publisher = source?.Publisher ?? metadata.Publisher ?? byline?.Publisher;
        var authors = source?.Authors is { Count: > 0 } known ? known
            : byline?.Authors is { Count: > 0 } reporters ? reporters
            : AuthorNames.Split(metadata.Author);
        if (url is null && publisher is null && authors.Count == 0 && metadata.Title is null && metadata.Date is null && metadata.SiteName is null)
        {
            return;
        }

        context.Source = (source ?? new DocumentSource(null, null)) with
        {
            Url = url,
            Publisher = publisher,
            Title = source?.Title ?? metadata.Title,
            Date = source?.Date ?? metadata.Date,
            Authors = authors,
            SiteName = source?.SiteName ?? metadata.SiteName,
        };
    }

    // A Markdown title on the first non-blank line: "# Title" or a Setext "Title" over "===".
    private static string? LeadingHeading(LineTable lines, int firstLine)
    {
        var first = lines.NextNonBlank(Math.Max(0, firstLine - 1));
        if (first >= lines.Count)
        {
            return null;
        }

        var line = lines[first].Trim();
        if (line.StartsWith("# ", StringComparison.Ordinal))
        {
            var heading = line[2..].Trim();
            return heading.IsEmpty ? null : heading.ToString();
        }

        if (line.Length > 200 || line[0] is '#' or '-' or '*' or '>' or '<' or '[' or '|' || first + 1 >= lines.Count)
        {
            return null;
        }

        var underline = lines[first + 1].Trim();
        return underline.Length >= 3 && !underline.ContainsAnyExcept('=') ? line.ToString() : null;
    }
}
