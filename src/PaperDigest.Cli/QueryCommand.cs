using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaperDigest.Serialization;

namespace PaperDigest.Cli;

/// <summary>
/// <c>paperdigest query FILE|DIR... [--q QUERY] [--facet KIND]... [--lang L] [--limit N] [--json]</c>: ranked entries
/// matching a query (all entries without <c>--q</c>) and facet counts over them. A malformed query exits 2 with
/// the error and its position on stderr.
/// </summary>
internal static class QueryCommand
{
    private const int DefaultTextLimit = 20;

    public static int Run(CommandLine command, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        var text = command.Value("--query");
        DigestQuery? query = null;
        if (text is not null && !DigestQuery.TryParse(text, out query, out var error))
        {
            stderr.WriteLine($"paperdigest: bad query at column {error.Position + 1}: {error.Message}");
            stderr.WriteLine($"  {text}");
            stderr.WriteLine($"  {new string(' ', DisplayWidth.Of(text[..Math.Min(error.Position, text.Length)]))}^");
            return CliApp.UsageError;
        }

        var facets = Facets(command.Value("--facet"));
        var language = TagsCommand.Language(command.Value("--lang")) ?? TagLanguages.English;
        var limit = Limit(command.Value("--limit"));
        if (CorpusInput.Load(command, stderr, stderrIsTerminal, out var failed) is not { } corpus)
        {
            return CliApp.UsageError;
        }

        var hits = query is null ? corpus.Entries.Select(e => new QueryHit(e, 0, [])).ToList() : corpus.Search(query);
        if (query is not null)
        {
            NoteUnknownConcepts(query.Expression, corpus, stderr);
        }

        var facetValues = facets.Select(kind => (kind, values: hits.Select(h => h.Entry).Facet(kind, language))).ToList();
        if (command.Has("--json"))
        {
            WriteJson(stdout, text, query, corpus, hits, limit ?? int.MaxValue, facetValues);
        }
        else
        {
            Print(stdout, text, corpus, hits, limit ?? DefaultTextLimit, facetValues);
        }

        return failed > 0 ? CliApp.UsageError : CliApp.Ok;
    }

    // A tag:, category: or topic: value that names no concept and no label of these documents is most often a
    // misspelt id: say so, with the concepts spelt most like it.
    private static void NoteUnknownConcepts(QueryExpression expression, DigestCorpus corpus, TextWriter stderr)
    {
        var taxonomy = corpus.Taxonomy;
        foreach (var filter in Filters(expression).Where(f => f.Field is QueryField.Tag or QueryField.EntryTag or QueryField.Category or QueryField.Topic))
        {
            if (taxonomy.TryGetConcept(filter.Value.Trim(), out _) || taxonomy.TryResolve(filter.Value, out _) || AnyLabel(corpus, filter.Value))
            {
                continue;
            }

            var nearest = taxonomy.GetNearest(filter.Value);
            stderr.WriteLine($"paperdigest: {filter} names no concept and no label of these documents"
                + (nearest.Count > 0 ? $"; the nearest concepts: {string.Join(", ", nearest.Select(c => c.Id))}" : string.Empty));
        }
    }

    private static IEnumerable<QueryFilter> Filters(QueryExpression expression) => expression switch
    {
        QueryFilter filter => [filter],
        QueryNot not => Filters(not.Operand),
        QueryAnd and => and.Operands.SelectMany(Filters),
        QueryOr or => or.Operands.SelectMany(Filters),
        _ => [],
    };

    private static bool AnyLabel(DigestCorpus corpus, string value)
    {
        var key = TagNormalizer.Normalize(value);
        return corpus.Entries.Any(e => e.Tags.Any(t => t.Canonical == key) || e.CanonicalCategory == key || e.CanonicalTopic == key);
    }

    private static List<FacetKind> Facets(string? value)
    {
        var facets = new List<FacetKind>();
        foreach (var name in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            facets.Add(Enum.TryParse<FacetKind>(name, ignoreCase: true, out var kind) && !int.TryParse(name, out _)
                ? kind
                : throw new UsageException($"unknown facet '{name}' (use tag, category, topic, publisher, format, link, language)"));
        }

        return facets;
    }

    private static int? Limit(string? value) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0 ? limit
        : throw new UsageException($"--limit needs a positive number, got '{value}'");

    private static void Print(TextWriter output, string? text, DigestCorpus corpus, IReadOnlyList<QueryHit> hits, int limit, List<(FacetKind Kind, IReadOnlyList<FacetValue> Values)> facets)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture,
            $"{hits.Count} of {corpus.Entries.Count} entries in {corpus.Documents.Count} document(s) match {(text is null ? "(no query)" : text)}"));
        // A query of filters only (tag:, has:, …) ranks nothing: its hits keep document order and print no score.
        var ranked = hits.Any(h => h.Score > 0);
        foreach (var hit in ranked ? hits.Take(limit) : hits.OrderBy(h => h.Entry.Document.Index).ThenBy(h => h.Entry.Ordinal).Take(limit))
        {
            var score = ranked ? string.Create(culture, $"{hit.Score,7:0.00}  ") : "";
            output.WriteLine($"  {score}{CorpusInput.Location(hit.Entry)}  {CorpusInput.Caption(hit.Entry)}");
        }

        if (hits.Count > limit)
        {
            output.WriteLine(string.Create(culture, $"  … {hits.Count - limit} more (--limit N)"));
        }

        foreach (var (kind, values) in facets)
        {
            output.WriteLine($"{kind.ToString().ToLowerInvariant()}:");
            var width = values.Count == 0 ? 0 : Math.Min(40, values.Max(v => DisplayWidth.Of(v.Key)));
            foreach (var value in values)
            {
                var label = value.Label == value.Key ? string.Empty : value.Label;
                output.WriteLine(string.Create(culture, $"  {value.Count,5}  {DisplayWidth.PadRight(value.Key, width)}  {label}").TrimEnd());
            }
        }
    }

    private static void WriteJson(
        TextWriter output,
        string? text,
        DigestQuery? query,
        DigestCorpus corpus,
        IReadOnlyList<QueryHit> hits,
        int limit,
        List<(FacetKind Kind, IReadOnlyList<FacetValue> Values)> facets)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = DigestJson.Options().Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("query", text);
            json.WriteString("expression", query?.ToString());
            json.WriteNumber("documents", corpus.Documents.Count);
            json.WriteNumber("entries", corpus.Entries.Count);
            json.WriteNumber("total", hits.Count);
            json.WriteStartArray("hits");
            foreach (var hit in hits.Take(limit))
            {
                HitJson(hit).WriteTo(json);
            }

            json.WriteEndArray();
            json.WriteStartObject("facets");
            foreach (var (kind, values) in facets)
            {
                json.WriteStartArray(kind.ToString().ToLowerInvariant());
                foreach (var value in values)
                {
                    json.WriteStartObject();
                    json.WriteString("key", value.Key);
                    json.WriteString("label", value.Label);
                    json.WriteNumber("count", value.Count);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    // The entry in the same shape as `parse --json`, plus where it came from and how it matched.
    private static JsonObject HitJson(QueryHit hit)
    {
        var entry = JsonNode.Parse(DigestJson.Serialize(hit.Entry.Entry))!.AsObject();
        entry["path"] = hit.Entry.Path;
        entry["documentIndex"] = hit.Entry.Document.Index;
        entry["score"] = hit.Score;
        var matches = new JsonArray();
        foreach (var match in hit.Matches)
        {
            matches.Add(new JsonObject { ["field"] = match.Field, ["start"] = match.Start, ["length"] = match.Length });
        }

        entry["matches"] = matches;
        return entry;
    }
}
