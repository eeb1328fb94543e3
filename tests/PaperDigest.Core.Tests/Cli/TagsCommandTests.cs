using System.Text.Json.Nodes;
using FluentAssertions;
using PaperDigest.Cli;
using PaperDigest.Tests.Corpus;

namespace PaperDigest.Tests.Cli;

public sealed class TagsCommandTests
{
    [Fact]
    public void Shows_the_traditional_document_tag_as_the_paper_concept_in_both_default_languages()
    {
        var (code, stdout, stderr) = Run("tags", Fixtures.Path("tagged/traditional.txt"));

        code.Should().Be(0, stderr);
        stdout.Should().StartWith("1 document(s): 1 tags, 1 distinct raw labels (case-folded), 1 canonical tags (1 concepts)");
        stdout.Should().Contain("      1  papers  papers / 论文");
    }

    [Theory]
    [InlineData("zh-Hant", "論文")]
    [InlineData("zh-TW", "論文")]
    [InlineData("en", "papers")]
    public void Lang_picks_the_preferred_label(string language, string label)
    {
        var (code, stdout, _) = Run("tags", Fixtures.Path("tagged/traditional.txt"), "--lang", language);

        code.Should().Be(0);
        stdout.Should().Contain($"      1  papers  {label}\n".ReplaceLineEndings());
    }

    [Fact]
    public void Json_counts_raw_labels_canonical_ids_and_unmapped_labels_independently_of_the_printer()
    {
        var path = Fixtures.Path("catalog/basic.txt");
        var document = Digest.LoadFile(path);
        var tags = document.Tags.Concat(document.Entries.SelectMany(e => e.Tags)).ToList();

        var (code, stdout, _) = Run("tags", path, "--json");

        code.Should().Be(0);
        var json = JsonNode.Parse(stdout)!.AsObject();
        json["documents"]!.GetValue<int>().Should().Be(1);
        json["tagOccurrences"]!.GetValue<int>().Should().Be(tags.Count);
        json["distinctRawTags"]!.GetValue<int>().Should().Be(tags.Select(t => t.Label.ToLowerInvariant()).Distinct().Count());
        json["distinctCanonicalTags"]!.GetValue<int>().Should().Be(tags.Select(t => t.Canonical).Distinct().Count());
        json["distinctConcepts"]!.GetValue<int>().Should().Be(tags.Where(t => t.IsMapped).Select(t => t.Canonical).Distinct().Count());
        var first = json["tags"]![0]!.AsObject();
        first.Select(p => p.Key).Should().Equal("id", "mapped", "label", "count", "rawLabels");
        json["tags"]!.AsArray().Sum(t => t!["count"]!.GetValue<int>()).Should().Be(tags.Count);
        json["unmapped"]!.AsArray().Select(u => u!["label"]!.GetValue<string>()).Should()
            .BeEquivalentTo(tags.Where(t => !t.IsMapped).Select(t => t.Label.ToLowerInvariant()).Distinct());
        json["categories"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).Should()
            .BeEquivalentTo(document.Entries.Select(e => e.CanonicalCategory).Distinct());
    }

    [Fact]
    public void Unmapped_lists_raw_labels_no_concept_took_with_counts()
    {
        var path = Fixtures.Path("catalog/basic.txt");
        var unmapped = Digest.LoadFile(path).Entries.SelectMany(e => e.Tags).Where(t => !t.IsMapped).ToList();

        var (code, stdout, _) = Run("tags", path, "--unmapped");

        code.Should().Be(0);
        unmapped.Should().NotBeEmpty("the fixture has tags no built-in concept names");
        stdout.Should().StartWith($"{unmapped.Select(t => t.Label.ToLowerInvariant()).Distinct().Count()} raw labels (case-folded) no concept took, {unmapped.Count} occurrences:");
        foreach (var tag in unmapped)
        {
            stdout.Should().Contain($"  {tag.Label.ToLowerInvariant()}");
        }
    }

    [Fact]
    public void A_custom_taxonomy_file_is_merged_and_its_conflicts_reported_on_stderr()
    {
        var file = Path.Combine(Path.GetTempPath(), $"taxonomy-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "concepts": [ { "id": "value-models", "prefLabel": { "en": "value models" }, "altLabel": ["LLM"] } ] }""");
        try
        {
            var (code, stdout, stderr) = Run("tags", Fixtures.Path("catalog/basic.txt"), "--taxonomy", file, "--json");

            code.Should().Be(0);
            stderr.Should().Contain("paperdigest: taxonomy: The label key 'llm' is claimed by 'large-language-models', 'value-models'");
            JsonNode.Parse(stdout)!["tags"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).Should().Contain("value-models");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("unknown language 'fr'", "tags", "x.txt", "--lang", "fr")]
    [InlineData("Required argument 'FILE|DIR' missing for command: 'tags'", "tags")]
    [InlineData("file not found: no-such-file.txt", "tags", "no-such-file.txt")]
    public void Bad_options_exit_2(string message, params string[] args)
    {
        var (code, _, stderr) = Run(args);

        code.Should().Be(2);
        stderr.Should().Contain(message);
    }

    [CorpusFact]
    public void On_the_catalog_every_label_seen_three_or_more_times_is_mapped()
    {
        var path = CorpusFiles.Path("catalog.txt");
        var (code, stdout, _) = Run("tags", path, "--json");

        code.Should().Be(0);
        var json = JsonNode.Parse(stdout)!.AsObject();
        json["distinctRawTags"]!.GetValue<int>().Should().Be(1458);
        json["distinctCanonicalTags"]!.GetValue<int>().Should().BeLessThan(1458);
        json["unmapped"]!.AsArray().Should().OnlyContain(u => u!["count"]!.GetValue<int>() < 3);
        json["tags"]!.AsArray().First()!["id"]!.GetValue<string>().Should().Be("large-language-models");
    }

    [CorpusFact]
    public void On_the_tagged_corpus_the_document_tag_is_the_concept_labelled_论文()
    {
        var (code, stdout, _) = Run("tags", CorpusFiles.Path("tagged.txt"));

        code.Should().Be(0);
        stdout.Should().Contain("papers  papers / 论文");
    }

    [Fact]
    public void Suggest_writes_a_taxonomy_that_maps_every_label_it_was_made_from()
    {
        var path = Fixtures.Path("catalog/basic.txt");
        var (code, suggested, stderr) = Run("tags", path, "--suggest");
        code.Should().Be(0, stderr);
        var concepts = JsonNode.Parse(suggested)!["concepts"]!.AsArray();
        concepts.Should().NotBeEmpty();
        concepts.Should().OnlyContain(c => c!["note"]!.GetValue<string>().Contains("occurrence(s): '", StringComparison.Ordinal));
        stderr.Should().Contain($"paperdigest: {concepts.Count} proposed concept(s) for ");

        var file = Path.Combine(Path.GetTempPath(), $"suggested-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, suggested);
        try
        {
            var (_, before, _) = Run("tags", path, "--json");
            var (loaded, after, errors) = Run("tags", path, "--taxonomy", file, "--json");

            loaded.Should().Be(0);
            errors.Should().BeEmpty("suggested ids and labels never collide with the built-in ones");
            var json = JsonNode.Parse(after)!.AsObject();
            json["unmapped"]!.AsArray().Should().BeEmpty();
            json["mappedShare"]!.GetValue<double>().Should().Be(1.0);
            JsonNode.Parse(before)!["mappedShare"]!.GetValue<double>().Should().BeLessThan(1.0);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Suggest_groups_spellings_and_learned_acronyms_into_one_concept()
    {
        var suggestions = TagTaxonomy.Empty.SuggestConcepts(
            ["pre-training data", "Pretraining Data", "NAS", "Neural Architecture Search", "neural architecture search", "vision-and-language", "vision language"]);

        suggestions.Select(s => (s.Concept.Id, s.Concept.GetLabel(), s.Count)).Should().Equal(
            ("neural-architecture-search", "Neural Architecture Search", 3),
            ("pre-training-data", "Pretraining Data", 2),
            ("vision-and-language", "vision language", 2));
        suggestions[0].Concept.AltLabels.Should().Equal("NAS", "neural architecture search");
        suggestions[0].Evidence.Should().Contain("N-A-S are its initials");
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, () => new MemoryStream());
        return (code, stdout.ToString(), stderr.ToString());
    }
}
