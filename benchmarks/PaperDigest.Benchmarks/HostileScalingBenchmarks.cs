using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>
/// The three worst classes of round two of the hostile inputs (docs/reliability.md, section 6), from 1k to 100k
/// elements: distinct URLs on one line (link de-duplication), nested elements (HTML depth), and parts of a brief.
/// Linear work shows as a flat ns/element column.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerElementConfig))]
public class HostileScalingBenchmarks
{
    private string _urls = "";
    private string _nested = "";
    private string _briefParts = "";

    [Params(1_000, 10_000, 100_000)]
    public int Elements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _urls = "推理与思维链1 篇\n基础/前沿模型 (含LLM)\n推理与思维链\n#Reasoning\nTL;DR:Short rewards.\n🎯 研究动机长链推理成本高。\n查看完整摘要 (Abstract)\n"
            + ScaledInput.Repeat(Elements, i => $"https://example.org/p/{i} ") + "\n";
        _nested = "<!DOCTYPE html><html><body><main>" + ScaledInput.Repeat(Elements, _ => "<div>") + "innermost" + ScaledInput.Repeat(Elements, _ => "</div>") + "</main></body></html>";
        _briefParts = "小模型也能自己查错\n\n今日概览\n\n  • 短轨迹强化学习让小模型学会逐步自检\n"
            + ScaledInput.Repeat(Elements, i => $"\n重点关注\n\n01 推理 标题{i}\n\n正文{i}。\n");
    }

    [Benchmark(Description = "distinct URLs on one line")]
    public int Urls() => Digest.Parse(_urls).Entries[0].Links.Count;

    [Benchmark(Description = "nested <div> elements")]
    public int Nested() => Digest.Parse(_nested).Entries.Count;

    [Benchmark(Description = "brief parts")]
    public int BriefParts() => Digest.Parse(_briefParts).Entries.Count;
}
