using FluentAssertions;

namespace PaperDigest.Tests.Taxonomy;

/// <summary>The rules that merge spellings without a dictionary entry (docs/taxonomy.md, "Merging without an entry").</summary>
public sealed class TagMergeRulesTests
{
    private static readonly TagTaxonomy Scheme = new TagTaxonomyBuilder()
        .Add(new TagConcept("vision-language-models") { PrefLabels = new Dictionary<string, string> { ["en"] = "vision-language models" } })
        .Add(new TagConcept("transformers") { PrefLabels = new Dictionary<string, string> { ["en"] = "Transformer" } })
        .Add(new TagConcept("graph-neural-networks") { PrefLabels = new Dictionary<string, string> { ["en"] = "graph neural networks" } })
        .Add(new TagConcept("research-and-development") { PrefLabels = new Dictionary<string, string> { ["en"] = "research and development" } })
        .Build();

    private static string? Id(string label) => Scheme.TryResolve(label, out var concept) ? concept.Id : null;

    [Theory]
    [InlineData("vision-and-language models")]
    [InlineData("Vision–Language Models")]
    [InlineData("vision—language model")]
    [InlineData("vision & language models")]
    [InlineData("VisionLanguage models")]
    public void Hyphen_dash_space_and_a_joining_and_are_one_spelling(string label) =>
        Id(label).Should().Be("vision-language-models");

    [Fact]
    public void A_concept_whose_label_has_and_also_resolves_without_it() =>
        Id("research & development").Should().Be("research-and-development");

    [Theory]
    [InlineData("Transformer-based", "transformers")]
    [InlineData("transformer based", "transformers")]
    [InlineData("Graph Neural Networks", "graph-neural-networks")]
    [InlineData("GRAPH NEURAL NETWORK", "graph-neural-networks")]
    [InlineData("graph-neural-network-based", "graph-neural-networks")]
    public void Plural_case_and_x_based_resolve_through_the_concept(string label, string id) => Id(label).Should().Be(id);

    [Theory]
    [InlineData("based")]
    [InlineData("and")]
    [InlineData("language-based models")]
    public void The_rules_do_not_invent_matches(string label) => Id(label).Should().BeNull();

    [Theory]
    [InlineData("NAS", "nas")]
    [InlineData("GANs", "gan")]
    [InlineData("LLMs", "llm")]
    [InlineData("models", "model")]
    public void A_last_word_in_capitals_is_an_acronym_not_a_plural(string label, string key) =>
        TagNormalizer.Normalize(label).Should().Be(key);

    [Fact]
    public void Unmapped_spellings_of_one_acronym_group_under_the_expansion()
    {
        DigestTag.Resolve("Visual Question Answering (VQA)", TagTaxonomy.Empty).Canonical.Should().Be("visual question answering");
        DigestTag.Resolve("visual question answering", TagTaxonomy.Empty).Canonical.Should().Be("visual question answering");
        DigestTag.Resolve("Diffusion-based", TagTaxonomy.Empty).Canonical.Should().Be("diffusion");
        DigestTag.Resolve("Foo (bar baz)", TagTaxonomy.Empty).Canonical.Should().Be("foo (bar baz)", "'bar baz' is not an acronym of 'Foo'");
    }

    [Fact]
    public void An_acronym_and_its_initials_expansion_are_learned_with_their_evidence()
    {
        string[] labels = ["VQA", "VQA", "visual question answering", "Visual Question Answering", "Visual Question Answering", "GNN", "graph learning"];

        var merges = TagTaxonomy.Empty.LearnMerges(labels);

        merges.Should().ContainSingle();
        var merge = merges[0];
        merge.Label.Should().Be("VQA");
        merge.Into.Should().Be("Visual Question Answering");
        merge.Canonical.Should().Be("visual question answering");
        merge.IsMapped.Should().BeFalse();
        merge.Rule.Should().Be(TagMergeRule.Initials);
        merge.Evidence.Should().Be("'VQA' ×2 and 'Visual Question Answering' ×3: V-Q-A are its initials, and no other label's");
    }

    [Fact]
    public void Two_expansions_with_the_same_initials_teach_nothing()
    {
        TagTaxonomy.Empty.LearnMerges(["VQA", "visual question answering", "video quality assessment"]).Should().BeEmpty();
    }

    [Fact]
    public void Small_words_and_word_prefixes_spell_acronyms_only_when_spelled_out()
    {
        var merges = TagTaxonomy.Empty.LearnMerges(["Vision Transformer (ViT)", "ViT", "MoE", "mixture of experts"]);

        merges.Select(m => (m.Label, m.Canonical, m.Rule)).Should().BeEquivalentTo(new[]
        {
            ("ViT", "vision transformer", TagMergeRule.SpelledOut),
            ("MoE", "mixture of expert", TagMergeRule.Initials),
        });
    }

    [Fact]
    public void An_acronym_the_taxonomy_knows_is_never_relearned()
    {
        // VLA is a concept of its own (vision-language-action models); a label with V-L-A initials must not take it.
        TagTaxonomy.BuiltIn.LearnMerges(["VLA", "vision language alignment"]).Should().BeEmpty();
        TagTaxonomy.BuiltIn.LearnMerges(["VLM", "visual language modelling"]).Should().BeEmpty();
    }

    [Fact]
    public void A_merge_into_a_concept_becomes_its_alternative_label()
    {
        var merges = TagTaxonomy.BuiltIn.LearnMerges(["GRPOX", "group relative policy optimization extended"]);
        merges.Should().BeEmpty("initials must agree letter for letter");

        var learned = TagTaxonomy.Empty.LearnMerges(["Proximal Policy Optimization (PPO)", "PPO"]);
        var taxonomy = new TagTaxonomyBuilder().AddMerges(learned).Build();

        taxonomy.TryResolve("PPO", out var concept).Should().BeTrue();
        concept!.Id.Should().Be("proximal-policy-optimization");
        concept.GetLabel().Should().Be("Proximal Policy Optimization (PPO)");
    }

    [Fact]
    public void A_parse_learns_the_acronyms_its_tags_spell_out_and_says_so()
    {
        // An empty taxonomy: the built-in one knows these terms, and the learning is about terms nobody knows.
        var builder = new DigestPipelineBuilder().UseTaxonomy(TagTaxonomy.Empty);
        builder.Insert(0, new TagLinesParser());
        var pipeline = builder.Build();

        var document = pipeline.Parse("TAGS\nPaper one: #VQA #Grounding\nPaper two: #Visual Question Answering (VQA) #Benchmarks\n");

        document.Entries.SelectMany(e => e.Tags).Where(t => t.Label.StartsWith('V')).Select(t => (t.Label, t.Canonical)).Should().Equal(
            ("VQA", "visual question answering"),
            ("Visual Question Answering (VQA)", "visual question answering"));
        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.AcronymLearned)
            .Which.Message.Should().Be("Tag 'VQA' is read as 'visual question answering': 'Visual Question Answering (VQA)' spells out 'VQA' (×1).");
    }

    [Fact]
    public void A_corpus_reports_the_merges_it_shows_without_applying_them()
    {
        // An empty taxonomy: the built-in one knows these terms, and the learning is about terms nobody knows.
        var builder = new DigestPipelineBuilder().UseTaxonomy(TagTaxonomy.Empty);
        builder.Insert(0, new TagLinesParser());
        var corpus = new DigestCorpus(builder.Build());
        corpus.AddText("TAGS\nPaper one: #Neural Architecture Search #Pruning\nPaper two: #Neural Architecture Search\n", "a.txt");
        corpus.AddText("TAGS\nPaper three: #NAS #Pruning\n", "b.txt");

        var merges = corpus.LearnTagMerges();

        merges.Should().ContainSingle().Which.Should().Be(new TagMerge("NAS", "Neural Architecture Search", "neural architecture search", false,
            TagMergeRule.Initials, "'NAS' ×1 and 'Neural Architecture Search' ×2: N-A-S are its initials, and no other label's"));
        corpus.Entries.SelectMany(e => e.Entry.Tags).Single(t => t.Label == "NAS").Canonical.Should().Be("nas", "learned merges are reported, not applied");
    }

    /// <summary>A made-up layout: a "TAGS" line, then <c>title: #tag #tag</c> lines.</summary>
    private sealed class TagLinesParser : IDigestParser
    {
        public DigestFormat Format { get; } = new("tag-lines");

        public FormatScore Detect(ReadOnlySpan<char> sample) =>
            sample.StartsWith("TAGS", StringComparison.Ordinal) ? new FormatScore(1, "TAGS header") : FormatScore.None("no TAGS header");

        public void Parse(DigestParseContext context)
        {
            for (var i = 1; i < context.Lines.Count; i++)
            {
                var line = context.Lines[i].ToString();
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                context.AddEntry(new DigestEntry
                {
                    Ordinal = context.NextOrdinal,
                    Title = line[..colon],
                    Tags = [.. line[(colon + 2)..].Split(" #").Select(t => DigestTag.FromLabel(t.TrimStart('#')))],
                    Span = new LineSpan(i + 1, i + 1),
                });
            }
        }
    }
}
