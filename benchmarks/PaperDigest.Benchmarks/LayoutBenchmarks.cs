using System.Text;
using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Detection (a leading sample scored by every parser) and a full parse, for each corpus layout and for one variant
/// of each layout from another source (Markdown: these also pay for the Markdig front end and the written text).
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    // Short names for the table; the variants' paths are below.
    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["xmkxabc.md"] = "variants/catalog/xmkxabc-2025-05-05.md",
        ["aibrief.md"] = "variants/brief/aibrief-2026-02-01.md",
        ["dualpath.md"] = "variants/tagged/yifor01-autoblog-post-dualpath-zhHant.md",
        ["classic-31.md"] = "variants/blog/cubox-llm-classic-papers-31.md",
        ["plansearch.md"] = "variants/article/cubox-jiqizhixin-plansearch.md",
    };

    private string _text = "";

    [Params("catalog.txt", "brief.txt", "tagged.txt", "blog.txt", "article.txt", "xmkxabc.md", "aibrief.md", "dualpath.md", "classic-31.md", "plansearch.md")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = Encoding.UTF8.GetString(BenchmarkInputs.ReadCorpusFile(Variants.GetValueOrDefault(File, File)));

    [Benchmark(Description = "Digest.Detect")]
    public FormatDetection Detect() => Digest.Detect(_text);

    [Benchmark(Description = "Digest.Parse")]
    public DigestDocument Parse() => Digest.Parse(_text);
}
