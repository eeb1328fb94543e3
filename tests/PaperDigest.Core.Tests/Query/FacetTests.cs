using FluentAssertions;

namespace PaperDigest.Tests.Query;

public sealed class FacetTests
{
    private readonly DigestCorpus _corpus = QueryFixtures.Corpus();

    [Fact]
    public void Tag_facets_count_each_entry_once_per_concept_most_frequent_first_then_by_key()
    {
        var facet = _corpus.Entries.Facet(FacetKind.Tag);

        facet.Select(v => $"{v.Key}={v.Count}").Should().Equal(
            "papers=4", "large-language-models=1", "lora=1", "parameter-efficient-fine-tuning=1",
            "reinforcement-learning=1", "reward-models=1", "rlhf=1", "rlvr=1", "robotics=1");
    }

    [Theory]
    [InlineData("en", "papers")]
    [InlineData("zh-Hans", "论文")]
    [InlineData("zh-Hant", "論文")]
    public void Facet_labels_come_in_the_requested_language(string language, string label) =>
        _corpus.Entries.Facet(FacetKind.Tag, language)[0].Label.Should().Be(label);

    [Fact]
    public void Facets_count_any_filtered_set()
    {
        _corpus.Entries.WithTag("reinforcement learning").Facet(FacetKind.Category)
            .Select(v => $"{v.Key}={v.Count}")
            .Should().Equal($"{TagTaxonomy.BuiltIn.Resolve("推理与思维链").Canonical}=2", "model-architecture=1");
    }

    [Fact]
    public void Publisher_format_link_and_language_facets()
    {
        Facet(FacetKind.Publisher).Should().Equal("新智元=2", "機器之心=1", "量子位=1");
        Facet(FacetKind.Format).Should().Equal("catalog=4", "tagged=4");
        Facet(FacetKind.Link).Should().Equal("code=3", "arxiv=2", "github=2", "web=1");
        Facet(FacetKind.Language).Should().Equal("zh-Hans=4", "zh-Hant=4");
    }

    [Fact]
    public void Topic_facets_label_concepts_and_leave_entries_without_a_topic_out()
    {
        var corpus = new DigestCorpus();
        corpus.AddFile(Fixtures.Path("brief/plain.txt"));

        corpus.Entries.Facet(FacetKind.Topic, "zh-Hans").Select(v => $"{v.Key}={v.Label}={v.Count}").Should().Equal(
            "long-context=长上下文=1", "reasoning=推理=1", "retrieval=检索=1", "training-optimization=训练优化=1", "video-generation=视频生成=1");
        _corpus.Entries.Facet(FacetKind.Topic).Should().BeEmpty();
    }

    private string[] Facet(FacetKind kind) => _corpus.Entries.Facet(kind).Select(v => $"{v.Key}={v.Count}").ToArray();
}
