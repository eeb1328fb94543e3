using FluentAssertions;

namespace PaperDigest.Tests.Taxonomy;

/// <summary>Resolution, hierarchy and merge behaviour on small taxonomies built in the test.</summary>
public sealed class TagTaxonomyTests
{
    private static TagConcept Concept(string id, string en, string? zhHans = null, string[]? alt = null, string[]? broader = null) =>
        new(id)
        {
            PrefLabels = zhHans is null
                ? new Dictionary<string, string> { ["en"] = en }
                : new Dictionary<string, string> { ["en"] = en, ["zh-Hans"] = zhHans },
            AltLabels = alt ?? [],
            Broader = broader ?? [],
        };

    private static TagTaxonomy Small() => new TagTaxonomyBuilder()
        .Add(Concept("language-models", "language models", "语言模型"))
        .Add(Concept("large-language-models", "large language models", "大语言模型", ["LLM", "大型語言模型"], ["language-models"]))
        .Add(Concept("pretraining", "pretraining", "预训练"))
        .Add(Concept("mixture-of-experts", "mixture of experts", "混合专家", ["MoE"]))
        .Build();

    [Theory]
    [InlineData("LLMs")]
    [InlineData("#Large-Language-Models")]
    [InlineData("large language model")]
    [InlineData("Large Language Models (LLMs)")]
    [InlineData("大语言模型")]
    [InlineData("大型語言模型")]
    [InlineData("大型语言模型")]
    [InlineData("large-language-models")]
    public void Resolves_spellings_acronyms_and_scripts_to_one_concept(string label)
    {
        var resolution = Small().Resolve(label);
        resolution.Status.Should().Be(TagResolutionStatus.Mapped);
        resolution.Concept!.Id.Should().Be("large-language-models");
    }

    [Theory]
    [InlineData("pre-training")]
    [InlineData("Pre Training")]
    [InlineData("PRETRAINING")]
    public void Ignores_spaces_on_a_second_lookup(string label) =>
        Small().Resolve(label).Canonical.Should().Be("pretraining");

    [Fact]
    public void Keeps_a_broader_concept_distinct_and_reports_unknown_labels_with_their_key()
    {
        var taxonomy = Small();
        taxonomy.Resolve("Language Models").Canonical.Should().Be("language-models");

        var unknown = taxonomy.Resolve("Simplicity  Bias");
        unknown.Status.Should().Be(TagResolutionStatus.Unmapped);
        unknown.Concept.Should().BeNull();
        unknown.Key.Should().Be("simplicity bias");
        unknown.Canonical.Should().Be("simplicity bias");
        taxonomy.Resolve("Mixture of Experts (MoE)").Canonical.Should().Be("mixture-of-experts");
        taxonomy.Resolve("Sparse Models (MoE)").Canonical.Should().Be("mixture-of-experts", "the acronym resolves when the text does not");
    }

    [Fact]
    public void Walks_up_and_down_and_looks_up_by_id()
    {
        var taxonomy = new TagTaxonomyBuilder()
            .Add(Concept("reinforcement-learning", "reinforcement learning", alt: ["RL"]))
            .Add(Concept("rlhf", "RLHF", broader: ["reinforcement-learning", "alignment"]))
            .Add(Concept("alignment", "alignment"))
            .Add(Concept("rlhf-variants", "RLHF variants", broader: ["rlhf"]))
            .Build();

        taxonomy.Issues.Should().BeEmpty();
        taxonomy.GetConcept("rlhf").GetLabel().Should().Be("RLHF");
        taxonomy.GetBroader("rlhf").Select(c => c.Id).Should().Equal("reinforcement-learning", "alignment");
        taxonomy.GetNarrower("reinforcement-learning").Select(c => c.Id).Should().Equal("rlhf");
        taxonomy.GetAncestors("rlhf-variants").Select(c => c.Id).Should().Equal("rlhf", "reinforcement-learning", "alignment");
        taxonomy.GetDescendants("alignment").Select(c => c.Id).Should().Equal("rlhf", "rlhf-variants");
        taxonomy.IsSameOrNarrower("rlhf-variants", "reinforcement-learning").Should().BeTrue();
        taxonomy.IsSameOrNarrower("reinforcement-learning", "rlhf").Should().BeFalse();
        taxonomy.TryGetConcept("missing", out _).Should().BeFalse();
        FluentActions.Invoking(() => taxonomy.GetConcept("missing")).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Reports_a_label_claimed_by_two_concepts_and_resolves_it_to_neither()
    {
        var taxonomy = new TagTaxonomyBuilder()
            .Add(Concept("retrieval", "retrieval", alt: ["search"]))
            .Add(Concept("search-agents", "search agents", alt: ["Search"]))
            .Build();

        taxonomy.Issues.Should().ContainSingle().Which.Should().Match<TaxonomyIssue>(i =>
            i.Kind == TaxonomyIssueKind.LabelConflict && i.Key == "search" && i.ConceptIds.SequenceEqual(new[] { "retrieval", "search-agents" }));
        var resolution = taxonomy.Resolve("SEARCH");
        resolution.Status.Should().Be(TagResolutionStatus.Ambiguous);
        resolution.Candidates.Should().Equal("retrieval", "search-agents");
        taxonomy.TryResolve("search", out _).Should().BeFalse();
        taxonomy.Resolve("retrieval").Canonical.Should().Be("retrieval");
    }

    [Fact]
    public void Reports_unknown_broader_ids_and_cycles_and_drops_those_links()
    {
        var taxonomy = new TagTaxonomyBuilder()
            .Add(Concept("a", "a", broader: ["b"]))
            .Add(Concept("b", "b", broader: ["a", "nowhere"]))
            .Build();

        taxonomy.Issues.Select(i => (i.Kind, i.Key)).Should().Equal(
            (TaxonomyIssueKind.BroaderCycle, "a"),
            (TaxonomyIssueKind.UnknownBroader, "nowhere"));
        taxonomy.GetConcept("b").Broader.Should().BeEmpty();
        taxonomy.GetAncestors("a").Select(c => c.Id).Should().Equal("b");
    }

    [Fact]
    public void Merging_a_concept_by_id_overrides_preferred_labels_and_unites_the_rest()
    {
        var taxonomy = new TagTaxonomyBuilder()
            .Add(Small())
            .Add(new TagConcept("large-language-models")
            {
                PrefLabels = new Dictionary<string, string> { ["zh-CN"] = "大模型", ["zh-TW"] = "大型語言模型" },
                AltLabels = ["foundation LLM"],
            })
            .Build();

        var concept = taxonomy.GetConcept("large-language-models");
        concept.GetLabel("en").Should().Be("large language models");
        concept.GetLabel("zh-Hans").Should().Be("大模型");
        concept.GetLabel("zh-TW").Should().Be("大型語言模型");
        concept.GetLabel("fr").Should().Be("large language models");
        concept.AltLabels.Should().Equal("LLM", "大型語言模型", "foundation LLM");
        concept.Broader.Should().Equal("language-models");
        taxonomy.Resolve("Foundation LLMs").Canonical.Should().Be("large-language-models");
    }

    [Fact]
    public void Known_labels_resolve_from_spans()
    {
        var taxonomy = Small();
        "tags: LLMs, MoE".AsSpan(6, 4).ToString().Should().Be("LLMs");
        taxonomy.TryResolve("tags: LLMs, MoE".AsSpan(6, 4), out var concept).Should().BeTrue();
        concept!.Id.Should().Be("large-language-models");
        taxonomy.TryResolve("tags: LLMs, MoE".AsSpan(12), out concept).Should().BeTrue();
        concept!.Id.Should().Be("mixture-of-experts");
    }

    [Fact]
    public void Rejects_ids_that_are_not_kebab_case()
    {
        foreach (var id in new[] { "", "Large", "large_language", "-x", "x-", "a--b", "大模型" })
        {
            FluentActions.Invoking(() => new TagConcept(id)).Should().Throw<ArgumentException>(id);
        }

        new TagConcept("gpt-4o").Id.Should().Be("gpt-4o");
    }

    [Fact]
    public void The_empty_taxonomy_maps_nothing_and_keeps_normalized_keys()
    {
        TagTaxonomy.Empty.Concepts.Should().BeEmpty();
        var tag = DigestTag.Resolve("#Large-Language Models", TagTaxonomy.Empty);
        tag.Should().Be(new DigestTag("#Large-Language Models", "large language model") { IsMapped = false });
    }
}
