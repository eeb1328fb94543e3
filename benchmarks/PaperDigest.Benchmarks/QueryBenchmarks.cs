using System.Text;
using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>
/// A query with a tag and a text term over 10,439 entries (catalog.txt added 13 times). Target (issue 5/7): well
/// under a millisecond per 1,000 entries. The baseline is the straightforward LINQ a user would write over the
/// raw model: a raw tag label compare and case-insensitive <c>Contains</c> on every text field, which finds
/// neither narrower concepts, nor other spellings, nor whole words only.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const int Copies = 13;

    private DigestCorpus _corpus = null!;
    private DigestQuery _query = null!;
    private DigestQuery _chineseQuery = null!;

    [GlobalSetup]
    public void Setup()
    {
        var document = Digest.Parse(Encoding.UTF8.GetString(BenchmarkInputs.ReadCorpusFile("catalog.txt")));
        _corpus = new DigestCorpus();
        for (var i = 0; i < Copies; i++)
        {
            _corpus.Add(document, $"catalog-{i:00}.txt");
        }

        _query = DigestQuery.Parse("tag:reinforcement-learning reward");
        _chineseQuery = DigestQuery.Parse("tag:强化学习 奖励");

        // Text is folded on the first search and kept: warm it, then measure the steady state.
        if (Matching() == 0 || MatchingChinese() == 0 || NaiveLinq() == 0)
        {
            throw new InvalidOperationException("Every query should find papers in the catalog.");
        }
    }

    [Benchmark(Baseline = true, Description = "naive LINQ (raw label, Contains)")]
    public int NaiveLinq() =>
        _corpus.Entries.Count(e =>
            e.Entry.Tags.Any(t => t.Canonical is "reinforcement-learning" or "rlvr" or "rlhf" or "grpo" or "ppo" or "dpo")
            && (Contains(e.Entry.TlDr) || Contains(e.Entry.Abstract) || e.Entry.Fields.Values.Any(Contains)));

    [Benchmark(Description = "Matching(tag + word)")]
    public int Matching() => _corpus.Entries.Matching(_query).Count();

    [Benchmark(Description = "Matching(tag + 中文)")]
    public int MatchingChinese() => _corpus.Entries.Matching(_chineseQuery).Count();

    [Benchmark(Description = "Search (ranked, matches)")]
    public int Search() => _corpus.Search(_query).Count;

    [Benchmark(Description = "Facet(tag), all entries")]
    public int FacetTags() => _corpus.Entries.Facet(FacetKind.Tag).Count;

    private static bool Contains(string? text) => text is not null && text.Contains("reward", StringComparison.OrdinalIgnoreCase);
}
