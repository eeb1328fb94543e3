using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PaperDigest.Blocks;

namespace PaperDigest.Benchmarks;

/// <summary>
/// The three front ends (plain text, Markdown through Markdig, HTML through AngleSharp) reading a corpus
/// document into blocks, against decoding its UTF-8 bytes: time and allocation per MB of input.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class FrontEndBenchmarks
{
    private byte[] _bytes = [];
    private string _text = "";

    /// <summary>One document per front end: the text catalog, the xmkxabc Markdown catalog, the arXiv-daily page.</summary>
    [Params("catalog.txt", "variants/catalog/xmkxabc-2025-05-05.md", "variants/catalog/arxivdaily-2026-05-07.html")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkInputs.ReadCorpusFile(Input);
        _text = Encoding.UTF8.GetString(_bytes);
        if (BlockReader.Read(_text).Blocks.Count == 0)
        {
            throw new InvalidOperationException($"{Input} gave no blocks.");
        }
    }

    [Benchmark(Baseline = true, Description = "Decode UTF-8")]
    public string Decode() => Encoding.UTF8.GetString(_bytes);

    [Benchmark(Description = "BlockReader.Read(text)")]
    public BlockDocument Read() => BlockReader.Read(_text);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(c =>
            BenchmarkInputs.ReadCorpusFile((string)c.Parameters["Input"]).LongLength));
    }
}
