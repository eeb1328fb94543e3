using FluentAssertions;

namespace PaperDigest.Tests.Query;

public sealed class TextSearchTests
{
    private readonly DigestCorpus _corpus = QueryFixtures.Corpus();

    [Theory]
    [InlineData("強化學習", "c1 c4 t1")]
    [InlineData("强化学习", "c1 c4 t1")]
    [InlineData("RL", "c4")]
    [InlineData("rl", "c4")]
    [InlineData("reward", "c2")]
    [InlineData("REWARDS", "c1 c2 c4 t1")]
    [InlineData("7B", "c1 t1")]
    [InlineData("Recall 查表", "t2 t3")]
    [InlineData("ＲＬ", "c4")]
    [InlineData("計數", "t4")]
    public void Latin_terms_match_whole_words_and_cjk_terms_match_substrings_with_scripts_folded(string text, string expected) =>
        string.Join(' ', QueryFixtures.Names(_corpus.Entries.Containing(text))).Should().Be(expected);

    [Fact]
    public void Rl_does_not_match_inside_world() =>
        _corpus.GetEntry(0, 3).Entry.TlDr.Should().Contain("world", "the fixture must hold the trap for this test to mean anything");

    [Fact]
    public void Search_ranks_by_weighted_term_frequency_and_reports_where_terms_matched()
    {
        var hits = _corpus.Search("reward");

        hits.Should().ContainSingle();
        var hit = hits[0];
        hit.Entry.Should().BeSameAs(_corpus.GetEntry(0, 2));
        hit.Matches.Select(m => m.Field).Should().Equal("abstract", "abstract", "abstract");
        foreach (var match in hit.Matches)
        {
            hit.Entry.Entry.Abstract!.Substring(match.Start, match.Length).Should().BeEquivalentTo("reward");
        }

        hit.Score.Should().Be(Math.Round(1.5 * (1 + Math.Log(3)), 3));
    }

    [Fact]
    public void A_title_match_outranks_body_matches()
    {
        var hits = _corpus.Search("Recall");

        QueryFixtures.Names(hits.Select(h => h.Entry)).Should().Equal("t3", "t2");
        hits[0].Matches[0].Should().Be(new TextMatch("title", 10, 6));
        hits[0].Score.Should().BeGreaterThan(hits[1].Score);
    }

    [Fact]
    public void Matches_point_into_the_original_traditional_text()
    {
        var hit = _corpus.Search("强化学习").Single(h => h.Entry.Document.Index == 1);

        var match = hit.Matches.Single();
        match.Field.Should().Be("body");
        hit.Entry.Entry.Body!.Substring(match.Start, match.Length).Should().Be("強化學習");
    }
}
