using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Tag resolution against the built-in taxonomy, per label: known labels must not allocate. The baseline is the
/// cheapest thing that could work, a case-insensitive dictionary of exact labels (which misses every variant).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TaxonomyBenchmarks
{
    private const int Labels = 16;

    private static readonly string[] Known =
    [
        "Large Language Models", "LLMs", "reinforcement learning", "#RLVR", "pre-training", "Mixture-of-Experts",
        "Vision-Language Models", "Chain of Thought", "LoRA", "Large Language Models (LLMs)", "test time scaling",
        "KV Cache", "Scaling Laws", "GRPO", "post training", "in-context learning",
    ];

    private static readonly string[] KnownChinese =
    [
        "大语言模型", "大型語言模型", "强化学习", "強化學習", "推理", "推理加速", "多模态", "多模態", "安全对齐", "安全對齊",
        "检索", "檢索", "机器人", "機器人", "论文", "論文",
    ];

    private static readonly string[] Unknown =
    [
        "Simplicity Bias", "Quantum Annealing", "Protein Folding", "Weather Forecasting", "Graph Coloring", "Sparse Coding",
        "Music Generation", "Legal NLP", "Tabular Data", "Point Clouds", "Remote Sensing", "Ocean Modeling",
        "Crystal Structures", "Speech Enhancement", "Traffic Forecasting", "Auction Design",
    ];

    private readonly TagTaxonomy _taxonomy = TagTaxonomy.BuiltIn;
    private Dictionary<string, TagConcept> _exact = null!;

    [GlobalSetup]
    public void Setup()
    {
        _exact = new Dictionary<string, TagConcept>(StringComparer.OrdinalIgnoreCase);
        foreach (var concept in _taxonomy.Concepts)
        {
            foreach (var label in concept.AllLabels())
            {
                _exact.TryAdd(label, concept);
            }
        }

        foreach (var label in Known.Concat(KnownChinese))
        {
            if (!_taxonomy.TryResolve(label, out _))
            {
                throw new InvalidOperationException($"'{label}' should be known to the built-in taxonomy.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Labels, Description = "exact-label dictionary (known, English)")]
    public int ExactDictionary()
    {
        var found = 0;
        foreach (var label in Known)
        {
            found += _exact.ContainsKey(label) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Labels, Description = "TryResolve known, English")]
    public int ResolveKnown() => Resolve(Known);

    [Benchmark(OperationsPerInvoke = Labels, Description = "TryResolve known, Chinese (S and T)")]
    public int ResolveKnownChinese() => Resolve(KnownChinese);

    [Benchmark(OperationsPerInvoke = Labels, Description = "TryResolve unknown")]
    public int ResolveUnknown() => Resolve(Unknown);

    [Benchmark(OperationsPerInvoke = Labels, Description = "Resolve (full result, allocates)")]
    public int ResolveWithKey()
    {
        var mapped = 0;
        foreach (var label in Known)
        {
            mapped += _taxonomy.Resolve(label).IsMapped ? 1 : 0;
        }

        return mapped;
    }

    private int Resolve(string[] labels)
    {
        var found = 0;
        foreach (var label in labels)
        {
            found += _taxonomy.TryResolve(label.AsSpan(), out _) ? 1 : 0;
        }

        return found;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
