using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Linear time and bounded memory (issue 7/7): the catalog layout at 1, 4, 16 and 64 MB. Time per MB and
/// allocation per MB should stay flat as the input grows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
public class CatalogScalingBenchmarks
{
    private string _text = "";

    [Params(1, 4, 16, 64)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _text = ScaledInput.Catalog(Megabytes);

    [Benchmark(Description = "Digest.Parse(catalog text)")]
    public int Parse() => Digest.Parse(_text).Entries.Count;
}
