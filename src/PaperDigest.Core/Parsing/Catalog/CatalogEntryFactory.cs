namespace PaperDigest.Parsing.Catalog;

/// <summary>Turns a complete <see cref="PaperDraft"/> into a <see cref="DigestEntry"/> and reports what the paper lacks.</summary>
internal static class CatalogEntryFactory
{
    // `links` is scratch space reused across papers; the entry gets its own array.
    public static DigestEntry Create(PaperDraft paper, string text, string? sectionTitle, DigestParseContext context, List<DigestLink> links)
    {
        var line = paper.FirstLine + 1;
        var fields = new Dictionary<EntryField, string>(paper.Fields.Count);
        links.Clear();
        var tlDr = paper.TlDr.ToText(text);
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

            fields[field.Field] = value;
            LinkExtractor.Extract(value, links);
        }

        var abstractText = paper.Abstract.ToText(text);
        if (abstractText is not null)
        {
            LinkExtractor.Extract(abstractText, links);
        }

        ReportGaps(paper, fields, abstractText, sectionTitle, context);
        return new DigestEntry
        {
            Kind = EntryKind.Paper,
            Ordinal = context.NextOrdinal,
            Domain = paper.Domain,
            Category = paper.Category ?? sectionTitle,
            Tags = ToTags(paper.Tags),
            TlDr = tlDr,
            Fields = fields.AsReadOnly(),
            Abstract = abstractText,
            Links = links.Count == 0 ? [] : links.ToArray(),
            Span = new LineSpan(line, paper.LastLine + 1),
        };
    }

    private static DigestTag[] ToTags(List<string> labels)
    {
        var tags = new DigestTag[labels.Count];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = DigestTag.FromLabel(labels[i]);
        }

        return tags;
    }

    private static void ReportGaps(PaperDraft paper, Dictionary<EntryField, string> fields, string? abstractText, string? sectionTitle, DigestParseContext context)
    {
        var line = paper.FirstLine + 1;
        if (fields.Count == 0 && abstractText is null && !paper.HasContent)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.TruncatedPaper,
                "The paper ends before any field or abstract.", line);
            return;
        }

        if (fields.Count < EntryField.CatalogFields.Count || !EntryField.CatalogFields.All(fields.ContainsKey))
        {
            var missing = EntryField.CatalogFields.Where(f => !fields.ContainsKey(f)).Select(f => f.Name);
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.MissingField,
                $"The paper lacks {string.Join(", ", missing)}.", line);
        }

        if (abstractText is null)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.MissingAbstract, "The paper has no abstract.", line);
        }

        if (paper.Category is not null && sectionTitle is not null && paper.Category != sectionTitle)
        {
            context.Report(DiagnosticSeverity.Info, DiagnosticCodes.CategoryDiffersFromSection,
                $"The paper's category '{paper.Category}' differs from its section '{sectionTitle}'.", line);
        }
    }
}
