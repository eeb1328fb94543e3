using System.Globalization;
using System.Text.Json;
using PaperDigest.Evaluation;

namespace PaperDigest.Cli.Evaluation;

/// <summary>The tables and the JSON that <c>paperdigest eval</c> prints.</summary>
internal static class EvaluationReport
{
    private static readonly string[] FamilyHeader =
        ["family", "docs", "detected", "entries gold/found", "entry P", "entry R", "fields exact", "fields soft", "links F1", "tags F1", "sections F1", "doc facts", "lost lines"];

    private static readonly string[] FieldHeader = ["field", "checks", "exact", "soft"];

    public static List<string[]> FamilyRows(IReadOnlyList<FamilyScores> families) =>
        families.Select(f => new[]
        {
            f.Family,
            Count(f.Scores.Documents),
            $"{f.Scores.DetectedCorrectly}/{f.Scores.Documents}",
            $"{f.Scores.GoldEntries}/{f.Scores.ParsedEntries}",
            Percent(f.Scores.EntryPrecision),
            Percent(f.Scores.EntryRecall),
            Rate(f.Scores.EntryFields, exact: true),
            Rate(f.Scores.EntryFields, exact: false),
            F1(f.Scores.Links),
            F1(f.Scores.Tags),
            F1(f.Scores.Sections),
            Rate(f.Scores.DocumentFacts, exact: true),
            Count(f.Scores.UnaccountedLines),
        }).ToList();

    public static List<string[]> FieldRows(EvaluationScores total) =>
        total.Fields
            .OrderBy(f => Order(f.Key))
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new[] { f.Key, Count(f.Value.Checks), Rate(f.Value, exact: true), Rate(f.Value, exact: false) })
            .ToList();

    public static void WriteText(TextWriter output, IReadOnlyList<FamilyScores> families)
    {
        WriteTextTable(output, FamilyHeader, FamilyRows(families));
        output.WriteLine();
        WriteTextTable(output, FieldHeader, FieldRows(families[^1].Scores));
    }

    public static void WriteMarkdown(TextWriter output, IReadOnlyList<FamilyScores> families)
    {
        WriteMarkdownTable(output, FamilyHeader, FamilyRows(families));
        output.WriteLine();
        WriteMarkdownTable(output, FieldHeader, FieldRows(families[^1].Scores));
    }

    public static void WriteJson(Stream output, IReadOnlyList<DocumentEvaluation> evaluations, IReadOnlyList<FamilyScores> families)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartArray("documents");
        foreach (var evaluation in evaluations)
        {
            writer.WriteStartObject();
            writer.WriteString("input", evaluation.Gold.Input);
            writer.WriteString("family", GoldSet.Family(evaluation.Gold));
            writer.WriteString("expectedFormat", evaluation.Gold.Format.Name);
            writer.WriteString("detectedFormat", evaluation.Document.Format.Name);
            WriteScores(writer, evaluation);
            writer.WriteStartArray("unaccounted");
            foreach (var line in evaluation.UnaccountedLineNumbers.Take(100))
            {
                writer.WriteNumberValue(line);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("misses");
            foreach (var miss in evaluation.Misses)
            {
                writer.WriteStartObject();
                if (miss.Entry is { } entry)
                {
                    writer.WriteNumber("entry", entry);
                }

                writer.WriteString("member", miss.Member);
                writer.WriteString("expected", miss.Expected);
                writer.WriteString("actual", miss.Actual);
                writer.WriteBoolean("softMatch", miss.SoftMatch);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("families");
        foreach (var family in families)
        {
            writer.WriteStartObject(family.Family);
            WriteScores(writer, family.Scores);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteScores(Utf8JsonWriter writer, EvaluationScores scores)
    {
        writer.WriteNumber("documents", scores.Documents);
        writer.WriteNumber("detectedCorrectly", scores.DetectedCorrectly);
        writer.WriteStartObject("entries");
        writer.WriteNumber("gold", scores.GoldEntries);
        writer.WriteNumber("parsed", scores.ParsedEntries);
        writer.WriteNumber("matched", scores.MatchedEntries);
        writer.WriteNumber("precision", Math.Round(scores.EntryPrecision, 4));
        writer.WriteNumber("recall", Math.Round(scores.EntryRecall, 4));
        writer.WriteEndObject();
        writer.WriteStartObject("fields");
        foreach (var (member, score) in scores.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(member);
            writer.WriteNumber("checks", score.Checks);
            writer.WriteNumber("exact", score.Exact);
            writer.WriteNumber("soft", score.Soft);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        WriteSet(writer, "links", scores.Links);
        WriteSet(writer, "tags", scores.Tags);
        WriteSet(writer, "sections", scores.Sections);
        writer.WriteNumber("unaccountedLines", scores.UnaccountedLines);
    }

    private static void WriteSet(Utf8JsonWriter writer, string name, SetScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("truePositives", score.TruePositives);
        writer.WriteNumber("falsePositives", score.FalsePositives);
        writer.WriteNumber("falseNegatives", score.FalseNegatives);
        writer.WriteNumber("f1", Math.Round(score.F1, 4));
        writer.WriteEndObject();
    }

    private static void WriteTextTable(TextWriter output, string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => DisplayWidth.Of(r[i])).Append(DisplayWidth.Of(h)).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? Pad(cell, widths[i]) : Pad(cell, widths[i], left: true))).TrimEnd());
        }
    }

    private static void WriteMarkdownTable(TextWriter output, string[] header, List<string[]> rows)
    {
        output.WriteLine($"| {string.Join(" | ", header)} |");
        output.WriteLine($"|{string.Join("|", header.Select((_, i) => i == 0 ? "---" : "---:"))}|");
        foreach (var row in rows)
        {
            output.WriteLine($"| {string.Join(" | ", row)} |");
        }
    }

    private static string Pad(string text, int width, bool left = false)
    {
        var padding = new string(' ', Math.Max(0, width - DisplayWidth.Of(text)));
        return left ? padding + text : text + padding;
    }

    // Entry members in model order, labelled fields after them, document-level checks last.
    private static int Order(string member) =>
        EvaluationScores.IsDocumentLevel(member) ? 300
        : member.StartsWith(EntryMembers.FieldPrefix, StringComparison.Ordinal) ? 200
        : member == EntryMembers.Authors ? 100
        : EntryMembers.TextMembers.ToList().IndexOf(member);

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Rate(FieldScore score, bool exact) =>
        score.Checks == 0 ? "–" : Percent(exact ? score.ExactRate : score.SoftRate);

    private static string F1(SetScore score) => score.IsEmpty ? "–" : Percent(score.F1);
}
