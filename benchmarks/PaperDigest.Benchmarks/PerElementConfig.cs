using BenchmarkDotNet.Configs;

namespace PaperDigest.Benchmarks;

/// <summary>The per-element suites' config: a ns/element column from the <c>Elements</c> parameter.</summary>
internal sealed class PerElementConfig : ManualConfig
{
    public PerElementConfig() => AddColumn(new PerElementColumn());
}
