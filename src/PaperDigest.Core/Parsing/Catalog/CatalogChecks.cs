namespace PaperDigest.Parsing.Catalog;

/// <summary>The checks every catalog reader (text or HTML) applies to a paper and a section, with the same codes and messages.</summary>
internal static class CatalogChecks
{
    public static void ReportGaps(IReadOnlyDictionary<EntryField, string> fields, bool hasAbstract, bool hasContent,
        string? category, string? sectionTitle, int line, DigestParseContext context)
    {
        if (fields.Count == 0 && !hasAbstract && !hasContent)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.TruncatedPaper, "The paper ends before any field or abstract.", line);
            return;
        }

        if (fields.Count < EntryField.CatalogFields.Count || !EntryField.CatalogFields.All(fields.ContainsKey))
        {
            var missing = EntryField.CatalogFields.Where(f => !fields.ContainsKey(f)).Select(f => f.Name);
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.MissingField, $"The paper lacks {string.Join(", ", missing)}.", line);
        }

        if (!hasAbstract)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.MissingAbstract, "The paper has no abstract.", line);
        }

        if (category is not null && sectionTitle is not null && category != sectionTitle)
        {
            context.Report(DiagnosticSeverity.Info, DiagnosticCodes.CategoryDiffersFromSection,
                $"The paper's category '{category}' differs from its section '{sectionTitle}'.", line);
        }
    }

    public static void ReportCount(string title, int declared, int found, int line, DigestParseContext context)
    {
        if (declared != found)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.SectionCountMismatch,
                $"Section '{title}' declares {declared} papers but holds {found}.", line);
        }
    }
}
