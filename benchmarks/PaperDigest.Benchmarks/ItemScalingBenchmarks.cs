using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Collections read by their structure from 1k to 100k items (issue 29): Markdown news items that close with their
/// source, and an HTML page of boxes with no headings. Each is detected as a tagged collection by its items and read
/// from them; a flat ns/item column is linear work, so a list of 100+ items costs per item what a short one does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerElementConfig))]
public class ItemScalingBenchmarks
{
    private string _markdown = "";
    private string _html = "";

    [Params(1_000, 10_000, 100_000)]
    public int Elements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _markdown = "# News\n\n" + ScaledInput.Repeat(Elements, i =>
            $"### [Item {i} launches something new](https://news.example.com/{i})\n\nShort summary of item {i}.\n\n{(i % 2 == 0 ? "北辰评论" : "Loom Weekly")}\n\n");
        _html = "<!DOCTYPE html><html><body><h1>News</h1><div class=\"feed\">" + ScaledInput.Repeat(Elements, i =>
            $"<div class=\"item\"><a href=\"https://news.example.com/{i}\">Item {i} launches something new</a><p>Short summary of item {i}.</p>"
            + $"<span class=\"src\">{(i % 2 == 0 ? "北辰评论" : "Loom Weekly")}</span></div>\n") + "</div></body></html>";
    }

    [Benchmark(Description = "Markdown items closing with their source")]
    public int Markdown() => Digest.Parse(_markdown).Entries.Count;

    [Benchmark(Description = "HTML boxes without headings")]
    public int Html() => Digest.Parse(_html).Entries.Count;
}
