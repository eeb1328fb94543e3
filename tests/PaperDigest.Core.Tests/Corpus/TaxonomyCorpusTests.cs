using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>The built-in taxonomy on the reference corpus: catalog coverage, the tagged document tag, brief topics.</summary>
public sealed class TaxonomyCorpusTests
{
    private static readonly HashSet<string> TagCanonicalIds = [.. TagTaxonomy.BuiltIn.Concepts.Select(c => c.Id)];

    [CorpusFact]
    public void Every_catalog_tag_seen_three_or_more_times_maps_to_a_concept()
    {
        var document = CorpusFiles.Parse("catalog.txt");
        var frequent = document.Entries.SelectMany(e => e.Tags)
            .GroupBy(t => t.Label.ToLowerInvariant(), StringComparer.Ordinal)
            .Where(g => g.Count() >= 3)
            .ToList();

        frequent.Should().HaveCountGreaterThan(150);
        frequent.Where(g => !g.First().IsMapped).Select(g => g.Key).Should().BeEmpty();
    }

    [CorpusFact]
    public void The_catalog_spellings_of_large_language_models_fold_into_one_concept_and_language_models_stays_apart()
    {
        var tags = CorpusFiles.Parse("catalog.txt").Entries.SelectMany(e => e.Tags).ToList();

        foreach (var spelling in new[] { "large language models", "large language model", "llm", "llms", "large language models (llms)" })
        {
            var matching = tags.Where(t => t.Label.Equals(spelling, StringComparison.OrdinalIgnoreCase)).ToList();
            matching.Should().NotBeEmpty(spelling);
            matching.Should().OnlyContain(t => t.Canonical == "large-language-models", spelling);
        }

        tags.Where(t => t.Label.Equals("language models", StringComparison.OrdinalIgnoreCase))
            .Should().NotBeEmpty().And.OnlyContain(t => t.Canonical == "language-models");
    }

    [CorpusFact]
    public void Catalog_categories_carry_concept_ids()
    {
        var entries = CorpusFiles.Parse("catalog.txt").Entries;

        entries.Select(e => e.CanonicalCategory).Distinct().Should().HaveCount(7);
        entries.Select(e => e.CanonicalCategory!).Should().OnlyContain(id => TagCanonicalIds.Contains(id));
        foreach (var entry in entries.DistinctBy(e => e.Category))
        {
            TagTaxonomy.BuiltIn.GetConcept(entry.CanonicalCategory!).GetLabel("zh-Hans").Should().Be(entry.Category);
        }
    }

    [CorpusFact]
    public void Arxiv_main_categories_resolve_to_category_concepts_under_their_archive()
    {
        var entries = CorpusFiles.Parse("variants/catalog/xmkxabc-2025-05-05.md").Entries;

        entries.Should().HaveCount(97);
        foreach (var entry in entries)
        {
            var code = entry.Category!;
            entry.CanonicalCategory.Should().Be(code.Replace('.', '-').ToLowerInvariant(), code);
            TagTaxonomy.BuiltIn.GetBroader(entry.CanonicalCategory!).Select(c => c.Id).Should().Equal(code[..code.IndexOf('.', StringComparison.Ordinal)]);
        }

        entries.GroupBy(e => e.CanonicalCategory).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).First().Should().Be(("cs-cv", 52));
    }

    [CorpusFact]
    public void A_paper_page_listing_its_categories_resolves_by_the_primary_one()
    {
        var entry = CorpusFiles.Parse("variants/catalog/shiyibihua-csCL-2025-12-17-paper-251215163v1.md").Entries.Should().ContainSingle().Subject;

        entry.Category.Should().Be("cs.CL, cs.AI");
        entry.CanonicalCategory.Should().Be("cs-cl");
        TagTaxonomy.BuiltIn.GetConcept("cs-cl").GetLabel("zh-Hans").Should().Be("计算与语言");
    }

    /// <summary>The README's coverage table, as a floor: the share may rise with the scheme, never drop.</summary>
    [CorpusTheory]
    [InlineData("variants/catalog/arxivdaily-2026-05-07.txt", 980, 0.46)]
    [InlineData("catalog.txt", 2955, 0.67)]
    [InlineData("variants/catalog/shiyibihua-csCL-2025-12-17-paper-251215163v1.md", 5, 0.80)]
    public void Tag_coverage_does_not_drop(string file, int occurrences, double mappedShare)
    {
        var document = CorpusFiles.Parse(file);
        var tags = document.Tags.Concat(document.Entries.SelectMany(e => e.Tags)).ToList();

        tags.Should().HaveCount(occurrences);
        ((double)tags.Count(t => t.IsMapped) / tags.Count).Should().BeGreaterThanOrEqualTo(mappedShare);
    }

    [CorpusFact]
    public void The_chinese_tags_of_the_paper_page_map_to_concepts_of_their_own()
    {
        var tags = CorpusFiles.Parse("variants/catalog/shiyibihua-csCL-2025-12-17-paper-251215163v1.md").Entries.Single().Tags;

        tags.Where(t => t.IsMapped).Select(t => (t.Label, t.Canonical)).Should().BeEquivalentTo(new[]
        {
            ("大语言模型", "large-language-models"),
            ("模型上下文协议", "model-context-protocol"),
            ("安全基准", "safety-benchmarks"),
            ("安全性评估", "safety-evaluation"),
        });
    }

    [CorpusFact]
    public void The_tagged_document_tag_is_the_paper_concept()
    {
        var tag = CorpusFiles.Parse("tagged.txt").Tags.Should().ContainSingle().Subject;

        tag.Label.Should().Be("論文");
        tag.Canonical.Should().Be("papers");
        tag.IsMapped.Should().BeTrue();
        TagTaxonomy.BuiltIn.GetConcept(tag.Canonical).GetLabel("zh-Hans").Should().Be("论文");
    }

    [CorpusFact]
    public void Brief_topic_labels_carry_concept_ids()
    {
        var entries = CorpusFiles.Parse("brief.txt").Entries;

        entries.Should().HaveCount(14);
        foreach (var entry in entries)
        {
            TagTaxonomy.BuiltIn.TryGetConcept(entry.CanonicalTopic!, out var concept).Should().BeTrue(entry.Topic);
            concept!.AllLabels().Select(TagNormalizer.Normalize).Should().Contain(TagNormalizer.Normalize(entry.Topic!));
        }

        entries.Select(e => e.CanonicalTopic).Distinct().Should().HaveCount(entries.Select(e => e.Topic).Distinct().Count(),
            "推理加速 and 推理, 安全对齐 and 安全 are different concepts");
    }
}
