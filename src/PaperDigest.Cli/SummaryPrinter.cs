using System.Globalization;

namespace PaperDigest.Cli;

/// <summary>The readable summary of a document: format, counts, sections, top categories and tags, diagnostics.</summary>
internal static class SummaryPrinter
{
    private const int TopCount = 10;

    public static void Print(DigestDocument document, string name, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"{TerminalSafeWriter.OneLine(name)}: {document.Format} (score {document.Detection.Score:0.00}), language {LanguageName(document.Language)}"));
        if (document.Title is { } title)
        {
            output.WriteLine($"title: {title}");
        }

        if (document.Source?.Url is { } url)
        {
            output.WriteLine($"source: {url}");
        }

        if (document.Tags.Count > 0)
        {
            output.WriteLine($"document tags: {string.Join(", ", document.Tags.Select(t => t.Label))}");
        }

        output.WriteLine(string.Create(culture, $"entries: {document.Entries.Count}"));
        PrintSections(document, output);
        PrintTop("top categories", document.Entries.Select(e => e.Category), output);
        PrintTop("top topics", document.Entries.Select(e => e.Topic), output);
        PrintTop("publishers", document.Entries.Select(e => e.Publisher), output);
        PrintTop("top tags", document.Entries.SelectMany(e => e.Tags).Select(t => t.Canonical), output);
        PrintDiagnostics(document, output);
    }

    private static void PrintSections(DigestDocument document, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sections: {document.Sections.Count}"));
        foreach (var section in document.Sections)
        {
            var declared = section.DeclaredCount is { } count ? string.Create(CultureInfo.InvariantCulture, $" (declared {count})") : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {section.Title}: {section.EntryCount}{declared}"));
        }
    }

    private static void PrintTop(string heading, IEnumerable<string?> values, TextWriter output)
    {
        var top = values.OfType<string>()
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Value, StringComparer.Ordinal)
            .Take(TopCount)
            .ToList();
        if (top.Count == 0)
        {
            return;
        }

        output.WriteLine($"{heading}:");
        foreach (var (value, count) in top)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,5}  {value}"));
        }
    }

    private static void PrintDiagnostics(DigestDocument document, TextWriter output)
    {
        var diagnostics = document.Diagnostics;
        var bySeverity = string.Join(", ", diagnostics.GroupBy(d => d.Severity).OrderByDescending(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"diagnostics: {diagnostics.Count}{(diagnostics.Count > 0 ? $" ({bySeverity})" : "")}"));
        foreach (var diagnostic in diagnostics.Take(TopCount))
        {
            output.WriteLine($"  {diagnostic}");
        }

        if (diagnostics.Count > TopCount)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... {diagnostics.Count - TopCount} more (use --json for all)"));
        }
    }

    // The same names as JSON and --lang: zh-Hans, not the enum's ZhHans.
    private static string LanguageName(DocumentLanguage language) => language switch
    {
        DocumentLanguage.ZhHans => "zh-Hans",
        DocumentLanguage.ZhHant => "zh-Hant",
        DocumentLanguage.En => "en",
        DocumentLanguage.Mixed => "mixed",
        _ => "unknown",
    };
}
