using BenchmarkDotNet.Attributes;
using PaperDigest.Internals;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Loading the built-in taxonomy, once per process (the first parse pays it): from its three source schemes, layered,
/// normalized and indexed (before) against reading the compiled index in place (after), and the hand-made scheme
/// alone for scale. Allocated is the garbage of one load; the memory the loaded taxonomy keeps is printed by
/// <see cref="ReportRetained"/>.
/// </summary>
[MemoryDiagnoser]
public class TaxonomyLoadBenchmarks
{
    [Benchmark(Baseline = true, Description = "three schemes from their sources (before)")]
    public TagTaxonomy LoadFromSources() => TagTaxonomy.LoadBuiltInFromSources();

    [Benchmark(Description = "compiled index, read in place (after)")]
    public TagTaxonomy LoadBuiltIn() => TagTaxonomy.LoadBuiltIn();

    [Benchmark(Description = "hand-made scheme only")]
    public TagTaxonomy LoadHandMade()
    {
        using var stream = EmbeddedTables.Open(TagTaxonomy.BuiltInSchemes[0]);
        return TagTaxonomy.FromJson(stream);
    }

    /// <summary>Prints the bytes each taxonomy keeps alive after a full collection (shown in the run's log).</summary>
    [GlobalSetup]
    public void ReportRetained()
    {
        Console.WriteLine($"// retained: hand-made {Retained(LoadHandMade):N0} bytes, from sources {Retained(LoadFromSources):N0} bytes, compiled {Retained(LoadBuiltIn):N0} bytes, "
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
