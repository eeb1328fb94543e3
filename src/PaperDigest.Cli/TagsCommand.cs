using System.Globalization;
using System.Text.Json;

namespace PaperDigest.Cli;

/// <summary>
/// <c>paperdigest tags FILE...</c>: canonical tags (and topics and categories) with counts and preferred labels;
/// <c>--unmapped</c> lists the raw labels no concept took; <c>--taxonomy FILE</c> merges a custom taxonomy.
/// </summary>
internal static class TagsCommand
{
    public static int Run(CommandLine command, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        var language = Language(command.Value("--lang"));
        var pipeline = Pipeline(LoadTaxonomy(command.Value("--taxonomy"), stderr));
        var taxonomy = pipeline.Taxonomy;
        if (command.Value("--audit") is { } judgementsPath)
        {
            return Audit(Evaluation.ConceptJudgements.Read(judgementsPath), pipeline, command, stdout, stderr, stderrIsTerminal);
        }

        var counts = new TagCounts(taxonomy);
        var files = InputReader.ExpandFiles(command.Arguments, stderr);
        using (var progress = ProgressBar.Create(stderr, stderrIsTerminal, files.Paths.Count))
        {
            foreach (var result in files.LoadDigests(pipeline, progress, stderr))
            {
                counts.Add(result.Document!);
            }
        }

        if (files.NoDigests(stderr))
        {
            return CliApp.UsageError;
        }

        if (command.Has("--suggest"))
        {
            var suggestions = taxonomy.SuggestConcepts(counts.Labels);
            stdout.WriteLine(TagSuggestion.ToTaxonomyJson(suggestions));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"paperdigest: {suggestions.Count} proposed concept(s) for {suggestions.Sum(s => s.Count)} unmapped tag occurrence(s); review them, then load with --taxonomy FILE"));
        }
        else if (command.Has("--json"))
        {
            WriteJson(counts, taxonomy, language, stdout);
        }
        else if (command.Has("--unmapped"))
        {
            PrintUnmapped(counts, stdout);
        }
        else
        {
            Print(counts, taxonomy, language, stdout);
        }

        return files.Problems > 0 ? CliApp.UsageError : CliApp.Ok;
    }

    // --audit JUDGEMENTS FILE...: the documents in one corpus, each concept's query against the judged labels.
    private static int Audit(Evaluation.ConceptJudgements judgements, DigestPipeline pipeline, CommandLine command, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        var corpus = new DigestCorpus(pipeline);
        var files = InputReader.ExpandFiles(command.Arguments, stderr);
        using (var progress = ProgressBar.Create(stderr, stderrIsTerminal, files.Paths.Count))
        {
            foreach (var result in files.LoadDigests(pipeline, progress, stderr))
            {
                corpus.Add(result.Document!, result.Path);
            }
        }

        Evaluation.ConceptAudit.Run(judgements, corpus).Print(stdout, details: true);
        return files.Problems > 0 ? CliApp.UsageError : CliApp.Ok;
    }

    internal static string? Language(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var language = TagLanguages.Canonicalize(value);
        return TagLanguages.BuiltIn.Contains(language)
            ? language
            : throw new UsageException($"unknown language '{value}' (use en, zh-Hans or zh-Hant)");
    }

    /// <summary>A pipeline with the taxonomy given, or the built-in one (loaded when first used, not now).</summary>
    internal static DigestPipeline Pipeline(TagTaxonomy? taxonomy)
    {
        // The CLI carries Parquet.Net: its pipelines know the Parquet export beside the library's formats.
        var builder = new DigestPipelineBuilder().AddWriter(new Export.ParquetPaperWriter());
        if (taxonomy is not null)
        {
            builder.UseTaxonomy(taxonomy);
        }

        return builder.Build();
    }

    /// <summary>The taxonomy of <c>--taxonomy FILE</c> merged into the built-in one; null without the option.</summary>
    internal static TagTaxonomy? LoadTaxonomy(string? path, TextWriter stderr)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            using var stream = InputReader.Open(path, () => throw new UsageException("--taxonomy needs a file"));
            var taxonomy = new TagTaxonomyBuilder().AddBuiltIn().AddJson(stream).Build();
            foreach (var issue in taxonomy.Issues)
            {
                stderr.WriteLine($"paperdigest: taxonomy: {issue.Message}");
            }

            return taxonomy;
        }
        catch (TagTaxonomyException ex)
        {
            throw new UsageException($"cannot read taxonomy {path}: {ex.Message}");
        }
    }

    private static void Print(TagCounts counts, TagTaxonomy taxonomy, string? language, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        var tags = counts.Tags;
        output.WriteLine(string.Create(culture,
            $"{counts.Documents} document(s): {counts.TagOccurrences} tags, {counts.DistinctRawTags} distinct raw labels (case-folded), {tags.Count} canonical tags ({tags.Count(t => t.IsMapped)} concepts)"));
        output.WriteLine(string.Create(culture,
            $"mapped: {counts.MappedOccurrences} of {counts.TagOccurrences} tag occurrences ({MappedShare(counts):P1}) resolve to a concept; {counts.PlacedOccurrences} more ({Share(counts.PlacedOccurrences, counts):P1}) are narrower terms of one"));
        PrintMerges(taxonomy.LearnMerges(counts.Labels), output);
        PrintGroups("tags", tags, taxonomy, language, output);
        PrintGroups("topics", counts.Topics, taxonomy, language, output);
        PrintGroups("categories", counts.Categories, taxonomy, language, output);
    }

    private static double MappedShare(TagCounts counts) => Share(counts.MappedOccurrences, counts);

    private static double Share(int occurrences, TagCounts counts) =>
        counts.TagOccurrences == 0 ? 0 : (double)occurrences / counts.TagOccurrences;

    // Learned merges are reported, not applied: the counts above are the taxonomy's own.
    private static void PrintMerges(IReadOnlyList<TagMerge> merges, TextWriter output)
    {
        if (merges.Count == 0)
        {
            return;
        }

        output.WriteLine("acronym merges these documents show (not applied; --suggest writes them as concepts):");
        foreach (var merge in merges)
        {
            output.WriteLine($"  {merge.Label} = {merge.Canonical}  ({merge.Evidence})");
        }
    }

    private static void PrintGroups(string heading, IReadOnlyList<TagCounts.Group> groups, TagTaxonomy taxonomy, string? language, TextWriter output)
    {
        if (groups.Count == 0)
        {
            return;
        }

        output.WriteLine($"{heading}:");
        var width = Math.Min(40, groups.Max(g => DisplayWidth.Of(g.Canonical)));
        foreach (var group in groups)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {group.Count,5}  {DisplayWidth.PadRight(group.Canonical, width)}  {Labels(group, taxonomy, language)}"));
        }
    }

    // Without --lang both English and Simplified Chinese are shown; an unmapped key shows its commonest raw label.
    private static string Labels(TagCounts.Group group, TagTaxonomy taxonomy, string? language)
    {
        if (!taxonomy.TryGetConcept(group.Canonical, out var concept))
        {
            return $"(unmapped: {group.Labels.MaxBy(l => l.Value).Key})";
        }

        return language is null
            ? $"{concept.GetLabel(TagLanguages.English)} / {concept.GetLabel(TagLanguages.SimplifiedChinese)}"
            : concept.GetLabel(language);
    }

    private static void PrintUnmapped(TagCounts counts, TextWriter output)
    {
        var unmapped = counts.Unmapped();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{unmapped.Count} raw labels (case-folded) no concept took, {unmapped.Sum(u => u.Count)} occurrences:"));
        foreach (var (label, key, count) in unmapped)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,5}  {label}{(key == label ? "" : $"  [{key}]")}"));
        }
    }

    private static void WriteJson(TagCounts counts, TagTaxonomy taxonomy, string? language, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var tags = counts.Tags;
            json.WriteStartObject();
            json.WriteNumber("documents", counts.Documents);
            json.WriteString("language", language ?? TagLanguages.English);
            json.WriteNumber("tagOccurrences", counts.TagOccurrences);
            json.WriteNumber("distinctRawTags", counts.DistinctRawTags);
            json.WriteNumber("distinctCanonicalTags", tags.Count);
            json.WriteNumber("distinctConcepts", tags.Count(t => t.IsMapped));
            json.WriteNumber("mappedOccurrences", counts.MappedOccurrences);
            json.WriteNumber("mappedShare", Math.Round(MappedShare(counts), 4));
            json.WriteNumber("placedOccurrences", counts.PlacedOccurrences);
            json.WriteNumber("placedShare", Math.Round(Share(counts.PlacedOccurrences, counts), 4));
            WriteGroups(json, "tags", tags, taxonomy, language);
            WriteGroups(json, "topics", counts.Topics, taxonomy, language);
            WriteGroups(json, "categories", counts.Categories, taxonomy, language);
            json.WriteStartArray("learnedMerges");
            foreach (var merge in taxonomy.LearnMerges(counts.Labels))
            {
                json.WriteStartObject();
                json.WriteString("label", merge.Label);
                json.WriteString("into", merge.Into);
                json.WriteString("canonical", merge.Canonical);
                json.WriteBoolean("mapped", merge.IsMapped);
                json.WriteString("rule", merge.Rule.ToString());
                json.WriteString("evidence", merge.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("unmapped");
            foreach (var (label, key, count) in counts.Unmapped())
            {
                json.WriteStartObject();
                json.WriteString("label", label);
                json.WriteString("key", key);
                if (taxonomy.TryResolveBroader(label, out var broader))
                {
                    json.WriteString("broader", broader.Id);
                }

                json.WriteNumber("count", count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteGroups(Utf8JsonWriter json, string name, IReadOnlyList<TagCounts.Group> groups, TagTaxonomy taxonomy, string? language)
    {
        json.WriteStartArray(name);
        foreach (var group in groups)
        {
            json.WriteStartObject();
            json.WriteString("id", group.Canonical);
            json.WriteBoolean("mapped", group.IsMapped);
            if (taxonomy.TryGetConcept(group.Canonical, out var concept))
            {
                json.WriteString("label", concept.GetLabel(language ?? TagLanguages.English));
            }

            json.WriteNumber("count", group.Count);
            json.WriteStartObject("rawLabels");
            foreach (var (label, count) in group.Labels.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(label, count);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
