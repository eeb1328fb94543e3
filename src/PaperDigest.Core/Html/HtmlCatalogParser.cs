using AngleSharp.Dom;
using PaperDigest.Internals;
using PaperDigest.Parsing;
using PaperDigest.Parsing.Catalog;

namespace PaperDigest.Html;

/// <summary>
/// Reads the catalog layout saved as a web page: <c>section &gt; h2.cat-title</c> (count in <c>small</c>),
/// <c>article.paper</c> with <c>.paper-title a</c> (title and OpenReview link), <c>.badge</c> (domain),
/// <c>.kw</c> hashtags, <c>.paper-tldr</c>, <c>.dim</c> fields and <c>.full-abs</c>. It fills the same model
/// as the text catalog, plus what text lost: each paper's title and link. The sidebar is navigation, not content.
/// </summary>
public sealed class HtmlCatalogParser : IHtmlDigestParser
{
    /// <inheritdoc />
    public DigestFormat Format => DigestFormat.Catalog;

    /// <inheritdoc />
    /// <remarks>Counts the paper articles, field labels and category headings the page's classes name.</remarks>
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        int papers = 0, labels = 0, headings = 0;
        while (HtmlClass.TryReadNext(ref sample, out var classes))
        {
            papers += HtmlClass.Has(classes, "paper") ? 1 : 0;
            labels += HtmlClass.Has(classes, "dim-label") ? 1 : 0;
            headings += HtmlClass.Has(classes, "cat-title") ? 1 : 0;
        }

        var score = papers > 0 && labels > 0 ? 0.9 + (headings > 0 ? 0.1 : 0) : headings > 0 ? 0.2 : 0;
        return new FormatScore(score, $"{papers} paper articles, {labels} field labels, {headings} category headings");
    }

    /// <inheritdoc />
    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = HtmlInput.Parse(context.Text, context.Options.HtmlConfiguration);
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            context.Title = document.Title.Trim();
        }

        // The page's text, not its markup, tells its language.
        var sampleLength = context.Options.DetectionSampleLength;
        context.Language ??= LanguageDetector.Detect(TextSample.Leading(HtmlText.Of(document.Body, sampleLength), sampleLength));
        var sections = document.QuerySelectorAll("section").Where(s => s.QuerySelector("h2.cat-title") is not null).ToList();
        foreach (var section in sections)
        {
            ReadSection(section, context);
        }

        if (sections.Count == 0)
        {
            foreach (var paper in document.QuerySelectorAll("article.paper"))
            {
                context.AddEntry(ReadPaper(paper, null, context));
            }
        }
    }

    private static void ReadSection(IElement section, DigestParseContext context)
    {
        var heading = section.QuerySelector("h2.cat-title")!;
        var small = heading.QuerySelector("small");
        var title = (small is null ? HtmlText.Of(heading) : HtmlText.Of(heading).Replace(HtmlText.Of(small), "", StringComparison.Ordinal)).Trim();
        int? declared = int.TryParse(new string(HtmlText.Of(small).Where(char.IsAsciiDigit).ToArray()), out var count) ? count : null;
        var line = HtmlInput.LineOf(heading);
        var found = 0;
        var last = line;
        foreach (var paper in section.QuerySelectorAll("article.paper"))
        {
            var entry = ReadPaper(paper, title, context);
            if (context.AddEntry(entry))
            {
                found++;
            }

            last = Math.Max(last, entry.Span.EndLine);
        }

        context.AddSection(new DigestSection { Title = title, DeclaredCount = declared, EntryCount = found, Span = new LineSpan(line, last) });
        if (declared is { } expected)
        {
            CatalogChecks.ReportCount(title, expected, found, line, context);
        }
    }

    // One walk over the paper's elements, dispatching on class names: selector queries per field cost more
    // than AngleSharp's whole parse of the page.
    private static DigestEntry ReadPaper(IElement paper, string? sectionTitle, DigestParseContext context)
    {
        var line = HtmlInput.LineOf(paper);
        var last = line;
        IElement? titleElement = null;
        string? tlDr = null, abstractText = null;
        var badges = new List<string>();
        var tags = new List<DigestTag>();
        var fields = new Dictionary<EntryField, string>();
        foreach (var element in HtmlText.Descendants(paper))
        {
            last = Math.Max(last, HtmlInput.LineOf(element));
            var classes = element.ClassName;
            if (string.IsNullOrEmpty(classes))
            {
                continue;
            }

            if (HtmlClass.Has(classes, "paper-title"))
            {
                titleElement = element.Children.FirstOrDefault(c => c.LocalName == "a") ?? element;
            }
            else if (HtmlClass.Has(classes, "badge") && Text(element) is { } badge)
            {
                badges.Add(badge);
            }
            else if (HtmlClass.Has(classes, "kw"))
            {
                TagSplitter.Split(HtmlText.Of(element), tags, context);
            }
            else if (HtmlClass.Has(classes, "paper-tldr"))
            {
                tlDr = TlDr(HtmlText.Of(element));
            }
            else if (HtmlClass.Has(classes, "dim"))
            {
                ReadField(element, fields, context);
            }
            else if (HtmlClass.Has(classes, "full-abs"))
            {
                var raw = HtmlText.Of(element);
                abstractText = Clean(raw);
                last += raw.AsSpan().Count('\n');
            }
        }

        var links = new List<DigestLink>();
        if (titleElement?.GetAttribute("href") is { } href && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            LinkExtractor.AddDistinct(links, LinkExtractor.Classify(href));
        }

        foreach (var text in fields.Values.Prepend(tlDr).Append(abstractText).OfType<string>())
        {
            LinkExtractor.Extract(text, links);
        }

        var category = badges.Count > 1 ? badges[1] : null;
        if (fields.Count > 0 || abstractText is not null || tlDr is not null)
        {
            CatalogChecks.ReportMissing(CatalogChecks.AllCatalogFields & ~CatalogChecks.FieldMask(fields), line, context);
        }

        CatalogChecks.ReportGaps(fields, abstractText is not null, tlDr is not null, category, sectionTitle, line, context);

        return new DigestEntry
        {
            Kind = EntryKind.Paper,
            Ordinal = context.NextOrdinal,
            Title = Text(titleElement),
            Domain = badges.Count > 0 ? badges[0] : null,
            Category = category ?? sectionTitle,
            Tags = CatalogEntryFactory.ToTags(tags),
            TlDr = tlDr,
            Fields = fields.AsReadOnly(),
            Abstract = abstractText,
            Links = [.. links],
            Span = new LineSpan(line, last),
        };
    }

    private static void ReadField(IElement dim, Dictionary<EntryField, string> fields, DigestParseContext context)
    {
        string label = "";
        string? content = null;
        foreach (var child in dim.Children)
        {
            if (HtmlClass.Has(child, "dim-label"))
            {
                label = HtmlText.Of(child).Trim();
            }
            else if (HtmlClass.Has(child, "dim-content"))
            {
                content = Text(child);
            }
        }

        if (label.Length == 0 || content is null)
        {
            return;
        }

        // The label is its own element here, so an unknown one is the whole label text, emoji aside.
        var field = FieldLabels.Classify(label, out var match) == LabelKind.Field
            ? match.Field
            : new EntryField(label[LabelText.SkipDecoration(label, out _)..].Trim() is { Length: > 0 } bare ? bare : label);
        if (!field.IsWellKnown)
        {
            context.Report(DiagnosticSeverity.Info, DiagnosticCodes.UnknownFieldLabel,
                $"Unknown field label '{field.Name}'; kept under that name.", HtmlInput.LineOf(dim));
        }

        fields[field] = fields.TryGetValue(field, out var earlier) ? earlier + "\n" + content : content;
    }

    private static string? TlDr(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return FieldLabels.TryMatchTlDr(trimmed, out var start) ? trimmed[start..].Trim() : trimmed;
    }

    private static string? Text(IElement? element) => Clean(HtmlText.Of(element));

    private static string? Clean(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return null;
        }

        return (trimmed.Length == text.Length ? text : trimmed.ToString()).ReplaceLineEndings("\n");
    }
}
