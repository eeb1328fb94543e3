using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Linear time and bounded memory (issue 7/7): the catalog layout at 1, 4, 16 and 64 MB. Time per MB and
/// allocation per MB should stay flat as the input grows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class CatalogScalingBenchmarks
{
    private string _text = "";

    [Params(1, 4, 16, 64)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _text = ScaledInput.Catalog(Megabytes);

    [Benchmark(Description = "Digest.Parse(catalog text)")]
    public int Parse() => Digest.Parse(_text).Entries.Count;

    // The second job gives gen0 a 1 GiB budget, so few or no collections run during a parse: what is left is
    // the parser's own work, which shows whether growth in time per MB comes from the parser or from the GC
    // promoting the model the parse keeps alive.
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            var job = Job.Default.WithIterationCount(5).WithWarmupCount(2).WithLaunchCount(1);
            AddJob(job.WithId("default GC"));
            AddJob(job.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCgen0size", "0x40000000")).WithId("gen0 budget 1 GiB"));
            AddColumn(new ThroughputColumn(c => (int)c.Parameters["Megabytes"] * (long)ScaledInput.Megabyte));
        }
    }
}
