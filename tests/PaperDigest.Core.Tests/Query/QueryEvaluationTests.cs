using FluentAssertions;

namespace PaperDigest.Tests.Query;

public sealed class QueryEvaluationTests
{
    private readonly DigestCorpus _corpus = QueryFixtures.Corpus();

    [Theory]
    [InlineData("tag:rlvr has:code", "c1")]
    [InlineData("tag:reinforcement-learning", "c1 c2 c4")]
    [InlineData("tag:強化學習 -has:code", "c2")]
    [InlineData("tag:reinforcement-learning NOT has:code", "c2")]
    [InlineData("(tag:lora OR tag:robotics) has:code", "c4")]
    [InlineData("tag:lora OR tag:robotics has:code", "c3 c4")]
    [InlineData("category:推理与思维链 -tag:rlhf", "c1")]
    [InlineData("category:\"model architecture\"", "c3 c4")]
    [InlineData("format:tagged publisher:新智元", "t2 t4")]
    [InlineData("format:catalog AND has:arxiv", "c1")]
    [InlineData("lang:zh-Hant 強化學習", "t1")]
    [InlineData("lang:zh 7B", "c1 t1")]
    [InlineData("arxiv:2501.00001", "c1 t1")]
    [InlineData("arxiv:2501.00001v2", "c1 t1")]
    [InlineData("title:Recall", "t3")]
    [InlineData("Recall -title:Recall", "t2")]
    [InlineData("has:paper", "t1")]
    [InlineData("has:tldr has:abstract tag:lora", "c3")]
    [InlineData("\"sparse rewards\"", "c4")]
    [InlineData("“sparse rewards”", "c4")]
    [InlineData("\"rewards sparse\"", "")]
    [InlineData("reward OR 計數", "c2 t4")]
    [InlineData("NOT tag:papers NOT tag:reinforcement-learning", "c3")]
    public void Queries_select_the_expected_entries(string query, string expected) =>
        string.Join(' ', QueryFixtures.Names(_corpus.Entries.Matching(query))).Should().Be(expected);

    [Fact]
    public void Entrytag_counts_the_entrys_own_tags_and_not_its_documents()
    {
        var byDocumentTag = QueryFixtures.Names(_corpus.Entries.Matching("tag:papers")).ToList();
        var owned = QueryFixtures.Names(_corpus.Entries.Matching("entrytag:papers")).ToList();

        byDocumentTag.Should().NotBeEmpty();
        owned.Should().BeSubsetOf(byDocumentTag).And.HaveCountLessThan(byDocumentTag.Count, "the document's #论文 tag is no entry's own");
        QueryFixtures.Names(_corpus.Entries.Matching("entrytag:reinforcement-learning")).Should().Equal(QueryFixtures.Names(_corpus.Entries.Matching("tag:reinforcement-learning")));
    }

    [Fact]
    public void A_misspelt_concept_id_has_its_nearest_concepts()
    {
        TagTaxonomy.BuiltIn.GetNearest("reinforcment-learning").Select(c => c.Id).Should().StartWith("reinforcement-learning");
        TagTaxonomy.BuiltIn.GetNearest("qqqqqq").Should().BeEmpty("nothing is spelt within half its length");
    }

    [Fact]
    public void Negated_terms_do_not_score_and_filters_alone_score_zero()
    {
        _corpus.Search("tag:rlvr").Single().Score.Should().Be(0);
        _corpus.Search("tag:reinforcement-learning -reward").Should().OnlyContain(h => h.Score == 0 && h.Matches.Count == 0);
    }

    [Fact]
    public void Search_keeps_document_order_among_equal_scores() =>
        QueryFixtures.Names(_corpus.Search("has:code").Select(h => h.Entry)).Should().Equal("c1", "c4", "t2");

    [Fact]
    public void A_malformed_query_throws_the_documented_exception_with_its_position()
    {
        var act = () => _corpus.Search("tag:rlvr AND (has:code");

        act.Should().Throw<QuerySyntaxException>().Which.Position.Should().Be(13);
    }
}
