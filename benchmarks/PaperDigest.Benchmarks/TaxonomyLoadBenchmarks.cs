using BenchmarkDotNet.Attributes;
using PaperDigest.Internals;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Loading the built-in taxonomy, once per process (the first parse pays it): the hand-made scheme alone (what
/// <c>TagTaxonomy.BuiltIn</c> was before the arXiv and OpenAlex schemes) against all three merged. Allocated is the
/// garbage of one load; the memory the loaded taxonomy keeps is printed by <see cref="ReportRetained"/>.
/// </summary>
[MemoryDiagnoser]
public class TaxonomyLoadBenchmarks
{
    [Benchmark(Baseline = true, Description = "hand-made scheme only (before)")]
    public TagTaxonomy LoadHandMade()
    {
        using var stream = EmbeddedTables.Open(TagTaxonomy.BuiltInSchemes[0]);
        return TagTaxonomy.FromJson(stream);
    }

    [Benchmark(Description = "hand-made + arXiv + OpenAlex (after)")]
    public TagTaxonomy LoadBuiltIn() => TagTaxonomy.LoadBuiltIn();

    /// <summary>Prints the bytes each taxonomy keeps alive after a full collection (shown in the run's log).</summary>
    [GlobalSetup]
    public void ReportRetained()
    {
        Console.WriteLine($"// retained: hand-made {Retained(LoadHandMade):N0} bytes, built-in {Retained(LoadBuiltIn):N0} bytes, "
            + $"{TagTaxonomy.LoadBuiltIn().Concepts.Count:N0} concepts; embedded JSON {EmbeddedBytes():N0} bytes");
    }

    private static long Retained(Func<TagTaxonomy> load)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var taxonomy = load();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(taxonomy);
        return after - before;
    }

    private static long EmbeddedBytes() => TagTaxonomy.BuiltInSchemes.Sum(name =>
    {
        using var stream = EmbeddedTables.Open(name);
        return stream.Length;
    });
}
