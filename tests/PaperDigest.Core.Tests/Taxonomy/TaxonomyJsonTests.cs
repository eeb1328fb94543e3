using FluentAssertions;

namespace PaperDigest.Tests.Taxonomy;

public sealed class TaxonomyJsonTests
{
    private const string Sample = """
        {
          "concepts": [
            // comments and trailing commas are allowed
            { "id": "world-models", "prefLabel": { "en": "world models", "zh-Hans": "世界模型", "zh-Hant": "世界模型" },
              "altLabel": ["world model learning"], "hiddenLabel": ["wolrd models"], },
            { "id": "video-world-models", "prefLabel": { "en": "video world models" }, "broader": ["world-models"] }
          ]
        }
        """;

    [Fact]
    public void Loads_concepts_labels_and_broader_links()
    {
        var taxonomy = TagTaxonomy.FromJson(Sample);

        taxonomy.Issues.Should().BeEmpty();
        taxonomy.Concepts.Select(c => c.Id).Should().Equal("world-models", "video-world-models");
        taxonomy.GetConcept("world-models").GetLabel("zh-Hans").Should().Be("世界模型");
        taxonomy.Resolve("Wolrd Models").Canonical.Should().Be("world-models");
        taxonomy.Resolve("World-Model Learning").Canonical.Should().Be("world-models");
        taxonomy.GetNarrower("world-models").Select(c => c.Id).Should().Equal("video-world-models");
    }

    [Fact]
    public void Loads_from_a_utf8_stream()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Sample));
        TagTaxonomy.FromJson(stream).Concepts.Should().HaveCount(2);
    }

    [Fact]
    public void Merges_onto_the_built_in_concepts_and_reports_a_conflicting_claim()
    {
        const string custom = """
            { "concepts": [
              { "id": "papers", "altLabel": ["preprint"] },
              { "id": "my-llm-notes", "prefLabel": { "en": "my LLM notes" }, "altLabel": ["LLM"] }
            ] }
            """;
        var taxonomy = new TagTaxonomyBuilder().AddBuiltIn().AddJson(custom).Build();

        taxonomy.Resolve("Preprints").Canonical.Should().Be("papers");
        taxonomy.GetConcept("papers").GetLabel("zh-Hans").Should().Be("论文");
        taxonomy.Issues.Should().ContainSingle(i => i.Kind == TaxonomyIssueKind.LabelConflict && i.Key == "llm")
            .Which.ConceptIds.Should().Equal("large-language-models", "my-llm-notes");
        taxonomy.Resolve("LLM").Status.Should().Be(TagResolutionStatus.Ambiguous);
        taxonomy.Resolve("my LLM notes").Canonical.Should().Be("my-llm-notes");
    }

    [Theory]
    [InlineData("{ \"concepts\": [ { \"id\": \"x\" ", "not valid JSON (line 1")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{}", "no \"concepts\" array")]
    [InlineData("{ \"concepts\": [ { \"id\": \"Bad Id\" } ] }", "concepts[0]: \"id\" must be a kebab-case string")]
    [InlineData("{ \"concepts\": [ { \"id\": \"x\", \"altLabels\": [] } ] }", "concepts[0]: unknown property \"altLabels\"")]
    [InlineData("{ \"concepts\": [ { \"id\": \"x\", \"prefLabel\": \"x\" } ] }", "concepts[0] ('x'): \"prefLabel\" must be an object")]
    [InlineData("{ \"concepts\": [ { \"id\": \"x\", \"broader\": [1] } ] }", "concepts[0] ('x'): \"broader\" must hold only strings")]
    [InlineData("{ \"concepts\": [ { \"id\": \"x\", \"prefLabel\": { \"zh-CN\": \"甲\", \"zh-Hans\": \"乙\" } } ] }", "two labels for the language \"zh-Hans\"")]
    public void Malformed_files_throw_the_taxonomy_exception_with_where(string json, string message) =>
        FluentActions.Invoking(() => TagTaxonomy.FromJson(json)).Should().Throw<TagTaxonomyException>().WithMessage($"*{message}*");

    [Fact]
    public void The_documented_sample_file_loads_cleanly_on_top_of_the_built_in_concepts()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "taxonomy.sample.json");
        using var stream = File.OpenRead(path);
        var taxonomy = new TagTaxonomyBuilder().AddBuiltIn().AddJson(stream).Build();

        taxonomy.Issues.Should().BeEmpty();
        taxonomy.Resolve("Engram").Canonical.Should().Be("conditional-memory");
        taxonomy.GetAncestors("conditional-memory").Select(c => c.Id).Should().Contain("memory");
    }
}
