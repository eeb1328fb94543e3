using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>
/// The catalog page (catalog-sample.html) against AngleSharp's own parse of the same page, the floor of
/// any reader built on it. Target (issue 3/7): at most 1.3x. Plus byte input against decoding alone.
/// </summary>
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsKeepingSourceReferences = true };
    private byte[] _bytes = [];
    private string _html = "";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkInputs.ReadCorpusFile("catalog-sample.html");
        _html = Encoding.UTF8.GetString(_bytes);
        if (Digest.Parse(_html).Entries.Count != 9)
        {
            throw new InvalidOperationException("catalog-sample.html did not parse to 9 papers.");
        }
    }

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument")]
    public object AngleSharpParse() => new HtmlParser(ParserOptions).ParseDocument(_html);

    [Benchmark(Description = "AngleSharp ParseDocument in a BrowsingContext")]
    public object AngleSharpParseInContext() => new HtmlParser(ParserOptions, AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default)).ParseDocument(_html);

    [Benchmark(Description = "Digest.Parse(html)")]
    public DigestDocument Parse() => Digest.Parse(_html);

    [Benchmark(Description = "Decode UTF-8")]
    public string Decode() => Encoding.UTF8.GetString(_bytes);

    [Benchmark(Description = "Digest.Load(bytes)")]
    public DigestDocument Load() => Digest.Load(new MemoryStream(_bytes, writable: false));
}
