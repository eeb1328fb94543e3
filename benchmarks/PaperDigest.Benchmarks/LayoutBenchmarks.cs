using System.Text;
using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>Detection (a leading sample scored by every parser) and a full parse, for each corpus layout.</summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private string _text = "";

    [Params("catalog.txt", "brief.txt", "tagged.txt", "blog.txt", "article.txt")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = Encoding.UTF8.GetString(BenchmarkInputs.ReadCorpusFile(File));

    [Benchmark(Description = "Digest.Detect")]
    public FormatDetection Detect() => Digest.Detect(_text);

    [Benchmark(Description = "Digest.Parse")]
    public DigestDocument Parse() => Digest.Parse(_text);
}
