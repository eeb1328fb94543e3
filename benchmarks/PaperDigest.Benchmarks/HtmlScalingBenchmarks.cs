using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>The catalog page layout at 1, 4, 16 and 64 MB (its sections repeated in one body): time and allocation per MB.</summary>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
public class HtmlScalingBenchmarks
{
    private string _html = "";

    [Params(1, 4, 16, 64)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _html = ScaledInput.CatalogPage(Megabytes);

    [Benchmark(Description = "Digest.Parse(catalog page)")]
    public int Parse() => Digest.Parse(_html).Entries.Count;
}
