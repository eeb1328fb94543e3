using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Records by structure from 1k to 100k records (issue 28): a Markdown catalog of headings with bold labels, a
/// plain-text catalog of label chunks and an HTML page of cards, each detected by its structure and read from its
/// induced records. Linear work shows as a flat ns/record column; one table row of 16k linked cells is the row case.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerElementConfig))]
public class RecordScalingBenchmarks
{
    private string _markdown = "";
    private string _text = "";
    private string _html = "";

    [Params(1_000, 10_000, 100_000)]
    public int Elements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _markdown = "# Catalog\n\n" + ScaledInput.Repeat(Elements, i =>
            $"## {i + 1}. Paper {i} on sparse attention\n\n- **Authors**: Ada Lovelace, Alan Turing\n- **arXiv**: 2601.{i % 100_000:D5}\n- **要点**: 第{i}篇的要点。\n\n");
        _text = "每日论文\n\n" + ScaledInput.Repeat(Elements, i =>
            $"【{i + 1}】Paper {i} on sparse attention\n作者：Ada Lovelace, Alan Turing\narXiv：https://arxiv.org/abs/2601.{i % 100_000:D5}\n要点：第{i}篇的要点。\n\n");
        _html = "<!DOCTYPE html><html><body><h1>Catalog</h1>" + ScaledInput.Repeat(Elements, i =>
            $"<div class=\"card\"><h3>Paper {i} on sparse attention</h3><p><strong>Authors:</strong> Ada Lovelace, Alan Turing</p>"
            + $"<p><a href=\"https://arxiv.org/abs/2601.{i % 100_000:D5}\">arXiv</a></p><p><strong>要点：</strong>第{i}篇的要点。</p></div>\n") + "</body></html>";
    }

    [Benchmark(Description = "Markdown headings with bold labels")]
    public int Markdown() => Digest.Parse(_markdown).Entries.Count;

    [Benchmark(Description = "text chunks of label lines")]
    public int Text() => Digest.Parse(_text).Entries.Count;

    [Benchmark(Description = "HTML cards")]
    public int Html() => Digest.Parse(_html).Entries.Count;
}
