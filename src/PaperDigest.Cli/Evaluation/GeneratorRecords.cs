using System.Text.Json;
using PaperDigest.Evaluation;

namespace PaperDigest.Cli.Evaluation;

/// <summary>
/// Adapters from generators' own published records to gold entries. They live here, not in the library:
/// each knows one published schema (named by its shape), which the library must never depend on.
/// </summary>
internal static class GeneratorRecords
{
    public const string AiEnhancedJsonl = "ai-enhanced-jsonl";
    public const string PapersObjectJson = "papers-object-json";

    /// <summary>The gold entries of <paramref name="generator"/>'s records, read from <paramref name="path"/>.</summary>
    public static IReadOnlyList<GoldEntry> Read(GoldGenerator generator, string path, string goldFile)
    {
        if (generator.Schema is not (AiEnhancedJsonl or PapersObjectJson))
        {
            throw new GoldFormatException(goldFile, "$.generator.schema", $"unknown schema '{generator.Schema}' (known: {AiEnhancedJsonl}, {PapersObjectJson})");
        }

        EvalInputs.Check(path, EvalInputs.MaxGoldBytes, goldFile, "$.generator.file");
        try
        {
            return generator.Schema switch
            {
                AiEnhancedJsonl => File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(ParseLine).Select(FromAiEnhanced).Where(e => Selected(e, generator)).ToList(),
                PapersObjectJson => ReadPapersObject(path).Where(r => Selected(r, generator)).Select(r => r.Entry).ToList(),
                _ => throw new GoldFormatException(goldFile, "$.generator.schema", $"unknown schema '{generator.Schema}' (known: {AiEnhancedJsonl}, {PapersObjectJson})"),
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new GoldFormatException(goldFile, "$.generator.file", $"{path} is not valid {generator.Schema} data: {ex.Message}", ex);
        }
    }

    private static JsonElement ParseLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }

    // One JSON object per line: id, title, authors, categories, summary, AI.{tldr,motivation,method,result,conclusion}.
    private static GoldEntry FromAiEnhanced(JsonElement record)
    {
        var ai = record.GetProperty("AI");
        var texts = new Dictionary<string, GoldText>(StringComparer.Ordinal)
        {
            [EntryMembers.Title] = Fact(Text(record, "title")),
            [EntryMembers.Abstract] = Fact(Text(record, "summary")),
            [EntryMembers.TlDr] = Fact(Text(ai, "tldr")),
            [EntryMembers.FieldPrefix + EntryField.Motivation.Name] = Fact(Text(ai, "motivation")),
            [EntryMembers.FieldPrefix + EntryField.Method.Name] = Fact(Text(ai, "method")),
            [EntryMembers.FieldPrefix + EntryField.Experiments.Name] = Fact(Text(ai, "result")),
            [EntryMembers.FieldPrefix + "conclusion"] = Fact(Text(ai, "conclusion")),
        };
        if (record.TryGetProperty("categories", out var categories) && categories.GetArrayLength() > 0)
        {
            texts[EntryMembers.Category] = GoldText.Is(categories[0].GetString()!);
        }

        return new GoldEntry
        {
            Texts = texts.AsReadOnly(),
            Links = [new GoldLink(LinkKind.Arxiv, Text(record, "id"))],
            Authors = Strings(record, "authors"),
        };
    }

    // One JSON object: { papers: [ { title, authors, arxiv_id, summary, primary_category, headline_zh, tags_zh, … } ] }.
    private static List<(GoldEntry Entry, string PrimaryCategory)> ReadPapersObject(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var records = new List<(GoldEntry Entry, string PrimaryCategory)>();
        foreach (var record in document.RootElement.GetProperty("papers").EnumerateArray())
        {
            var texts = new Dictionary<string, GoldText>(StringComparer.Ordinal)
            {
                [EntryMembers.Title] = Fact(Text(record, "title")),
                [EntryMembers.TlDr] = Fact(Text(record, "headline_zh")),
                [EntryMembers.Abstract] = Fact(Text(record, "summary")),
            };
            var entry = new GoldEntry
            {
                Texts = texts.AsReadOnly(),
                Links = [new GoldLink(LinkKind.Arxiv, Text(record, "arxiv_id"))],
                Authors = Strings(record, "authors"),
                Tags = Strings(record, "tags_zh"),
            };
            records.Add((entry, Text(record, "primary_category")));
        }

        return records;
    }

    private static bool Selected(GoldEntry entry, GoldGenerator generator) =>
        !generator.Select.TryGetValue("id", out var id) || entry.Links!.Any(l => l.Key == new GoldLink(LinkKind.Arxiv, id).Key);

    private static bool Selected((GoldEntry Entry, string PrimaryCategory) record, GoldGenerator generator) =>
        Selected(record.Entry, generator)
        && (!generator.Select.TryGetValue("primaryCategory", out var category) || record.PrimaryCategory == category);

    private static GoldText Fact(string text) => text.Length == 0 ? GoldText.IsPresent(false) : GoldText.Is(text);

    private static string Text(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static string[] Strings(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray()
            : [];
}
