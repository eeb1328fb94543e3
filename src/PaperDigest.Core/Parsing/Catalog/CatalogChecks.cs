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

    /// <summary>Which of <see cref="EntryField.CatalogFields"/> a paper has, one bit each.</summary>
    public static int FieldMask(IReadOnlyDictionary<EntryField, string> fields)
    {
        var mask = 0;
        for (var i = 0; i < EntryField.CatalogFields.Count; i++)
        {
            mask |= fields.ContainsKey(EntryField.CatalogFields[i]) ? 1 << i : 0;
        }

        return mask;
    }

    /// <summary>Every bit of <see cref="FieldMask"/>: the six fields of the emoji-labelled catalog layout.</summary>
    public const int AllCatalogFields = (1 << 6) - 1;

    /// <summary>
    /// Reports each paper that lacks a field it should have. A paper labelled the six-field catalog way (emoji
    /// before each label, <c>🎯 研究动机</c>) should have all six; any other paper the fields the document's other
    /// papers write: a generator that never writes a field (four labels instead of six) has no gap, one paper
    /// missing a field its neighbours have does.
    /// </summary>
    public static void ReportMissingFields(IReadOnlyList<(int Line, int Mask, bool Marked)> papers, DigestParseContext context)
    {
        var written = 0;
        foreach (var paper in papers)
        {
            written |= paper.Mask;
        }

        foreach (var (line, mask, marked) in papers)
        {
            ReportMissing((marked ? AllCatalogFields : written) & ~mask, line, context);
        }
    }

    /// <summary>Reports the fields of <paramref name="missing"/> (bits of <see cref="FieldMask"/>), if any.</summary>
    public static void ReportMissing(int missing, int line, DigestParseContext context)
    {
        if (missing != 0)
        {
            var names = EntryField.CatalogFields.Where((_, i) => (missing & (1 << i)) != 0).Select(f => f.Name);
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.MissingField, $"The paper lacks {string.Join(", ", names)}.", line);
        }
    }

    public static void ReportCount(string title, int? declared, int found, int line, DigestParseContext context)
    {
        if (declared is { } count && count != found)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.SectionCountMismatch,
                $"Section '{title}' declares {count} papers but holds {found}.", line);
        }
    }
}
