namespace PaperDigest.Parsing.Catalog;

/// <summary>Turns a complete <see cref="PaperDraft"/> into a <see cref="DigestEntry"/> and reports what the paper lacks.</summary>
internal static class CatalogEntryFactory
{
    // `links` is scratch space reused across papers; the entry gets its own array.
    public static DigestEntry Create(PaperDraft paper, string text, string? sectionTitle, DigestParseContext context, LinkSet links)
    {
        var line = paper.FirstLine + 1;
        var fields = new Dictionary<EntryField, string>(paper.Fields.Count);
        links.Clear();
        if (paper.HeadLine >= 0)
        {
            // The head's links first: the title's link is the paper's own (arXiv, OpenReview).
            LinkExtractor.Extract(context.Lines[paper.HeadLine], links);
            foreach (var headLine in paper.HeadLinkLines)
            {
                LinkExtractor.Extract(context.Lines[headLine], links);
            }
        }

        var tlDr = paper.TlDr.ToText(text) is { } tlDrText ? LabelText.PlainValue(tlDrText) : null;
        if (tlDr is not null)
        {
            LinkExtractor.Extract(tlDr, links);
        }

        foreach (var field in paper.Fields)
        {
            var value = field.Range.ToText(text);
            if (value is null)
            {
                context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyField,
                    $"The field '{field.Field.Name}' has no text.", field.Line);
                continue;
            }

            fields[field.Field] = LabelText.PlainValue(value);
            LinkExtractor.Extract(value, links);
        }

        var abstractText = paper.Abstract.ToText(text) is { } abstractRaw ? LabelText.PlainValue(abstractRaw) : null;
        if (abstractText is not null)
        {
            LinkExtractor.Extract(abstractText, links);
        }

        CatalogChecks.ReportGaps(fields, abstractText is not null, paper.HasContent, paper.Category, sectionTitle, line, context);
        return new DigestEntry
        {
            Kind = EntryKind.Paper,
            Ordinal = context.NextOrdinal,
            Number = paper.Number,
            Title = paper.Title is { Length: > 0 } title ? title : null,
            Authors = paper.Authors ?? [],
            Domain = paper.Domain,
            Category = paper.Category ?? sectionTitle,
            Tags = paper.Tags.ToArray(),
            TlDr = tlDr,
            Fields = fields.AsReadOnly(),
            Abstract = abstractText,
            Links = links.Count == 0 ? [] : links.ToArray(),
            Span = new LineSpan(line, paper.LastLine + 1),
        };
    }
}
