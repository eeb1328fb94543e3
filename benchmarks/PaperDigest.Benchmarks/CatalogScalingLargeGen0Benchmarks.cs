using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace PaperDigest.Benchmarks;

/// <summary>
/// <see cref="CatalogScalingBenchmarks"/> with a 1 GiB gen0 budget, so few or no collections run during a parse:
/// what is left is the parser's own work, which shows whether growth in time per MB comes from the parser or
/// from the GC promoting the model the parse keeps alive.
/// </summary>
/// <remarks>A mutator sets the variable on whatever job runs (the command line's, or the default one).</remarks>
[Config(typeof(Config))]
public class CatalogScalingLargeGen0Benchmarks : CatalogScalingBenchmarks
{
    private sealed class Config : ScalingConfig
    {
        public Config() => AddJob(Job.Default.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCgen0size", "0x40000000")).AsMutator());
    }
}
