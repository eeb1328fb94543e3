using BenchmarkDotNet.Configs;

namespace PaperDigest.Benchmarks;

/// <summary>The linear-time suites' config: MB/s from the <c>Megabytes</c> parameter every one of them takes.</summary>
internal class ScalingConfig : ManualConfig
{
    public ScalingConfig() => AddColumn(new ThroughputColumn(c => (int)c.Parameters["Megabytes"] * (long)ScaledInput.Megabyte));
}
