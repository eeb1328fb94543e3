using FluentAssertions;
using PaperDigest.Serialization;
using PaperDigest.Tests.Query;

namespace PaperDigest.Tests.Hardening;

/// <summary>One pipeline, taxonomy and loaded corpus shared by many threads give what sequential use gives.</summary>
public sealed class ThreadSafetyTests
{
    private const int Threads = 8;
    private const int Rounds = 6;

    [Fact]
    public void One_pipeline_parsing_from_many_threads_gives_the_sequential_documents()
    {
        var pipeline = new DigestPipelineBuilder().Build();
        var inputs = Fixtures.TextFixtureNames().Select(row => Fixtures.Read(row.Data)).Append(Fixtures.Read("html/catalog.html")).ToArray();
        var expected = inputs.Select(text => DigestJson.Serialize(Digest.Parse(text, pipeline))).ToArray();

        var results = new string[Threads * Rounds * inputs.Length];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
            results[i] = DigestJson.Serialize(Digest.Parse(inputs[i % inputs.Length], pipeline)));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(expected[i % inputs.Length]);
        }
    }

    [Fact]
    public void The_taxonomy_resolves_the_same_from_many_threads()
    {
        var labels = new[] { "LLMs", "強化學習", "#RLVR", "Mixture-of-Experts", "論文", "no such label", "Large Language Models (LLMs)" };
        var expected = labels.Select(l => TagTaxonomy.BuiltIn.Resolve(l).Canonical).ToArray();

        var results = new string[Threads * 500];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
            results[i] = TagTaxonomy.BuiltIn.Resolve(labels[i % labels.Length]).Canonical);

        results.Select((r, i) => r == expected[i % labels.Length]).Should().OnlyContain(same => same);
    }

    [Fact]
    public void A_loaded_corpus_answers_concurrent_searches_like_sequential_ones()
    {
        // Fresh corpus: the first searches race to fold each entry's text.
        var corpus = QueryFixtures.Corpus();
        var queries = new[] { "强化学习", "tag:reinforcement-learning reward OR Recall", "has:code -tag:rlhf", "計數", "\"sparse rewards\"" };
        var sequential = QueryFixtures.Corpus();
        var expected = queries.Select(q => Describe(sequential.Search(q))).ToArray();

        var results = new string[Threads * Rounds * queries.Length];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
            results[i] = Describe(corpus.Search(queries[i % queries.Length])));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(expected[i % queries.Length]);
        }
    }

    private static string Describe(IReadOnlyList<QueryHit> hits) =>
        string.Join(';', hits.Select(h => $"{h.Entry.Document.Index}:{h.Entry.Ordinal}:{h.Score}:{string.Join(',', h.Matches)}"));
}
