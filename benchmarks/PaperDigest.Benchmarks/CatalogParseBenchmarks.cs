using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using System.Text.RegularExpressions;
using PaperDigest.Benchmarks.Baselines;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Parsing catalog.txt (2.2 MB, 803 papers) against the floor of any parser: decoding the same UTF-8 bytes into
/// a pooled buffer (no allocation, so the baseline is not charged for a large-object collection). Issue 20's goals:
/// Parse at most 1.0x that floor, Load(bytes) at most 2.0x, at least 2x faster than a minimal regex parser of
/// the same fields (<see cref="MinimalRegexCatalogParser"/>), allocating at most 1.5x the input bytes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class CatalogParseBenchmarks
{
    private byte[] _bytes = [];
    private static readonly RegexCatalogParser CompiledRegex = new(RegexOptions.Compiled);
    private static readonly MinimalRegexCatalogParser MinimalRegex = new();
    private string _text = "";
    private char[] _chars = [];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkInputs.ReadCorpusFile("catalog.txt");
        _text = Encoding.UTF8.GetString(_bytes);
        _chars = new char[Encoding.UTF8.GetMaxCharCount(_bytes.Length)];
        if (Digest.Parse(_text).Entries.Count != 803)
        {
            throw new InvalidOperationException("catalog.txt did not parse to 803 papers.");
        }

        if (CompiledRegex.Parse(_text).Count != 803 || MinimalRegex.Parse(_text) is not { Count: 803 } minimal
            || minimal.Count(p => p.Abstract.Length > 0) < 800 || minimal.Sum(p => p.Fields.Count) < 4000)
        {
            throw new InvalidOperationException("A regex baseline did not read the 803 papers of catalog.txt with their fields and abstracts.");
        }
    }

    [Benchmark(Baseline = true, Description = "Decode UTF-8 (pooled buffer)")]
    public int Decode() => Encoding.UTF8.GetChars(_bytes, 0, _bytes.Length, _chars, 0);

    [Benchmark(Description = "Decode UTF-8 to a string")]
    public string DecodeToString() => Encoding.UTF8.GetString(_bytes);

    [Benchmark(Description = "Digest.Parse(text)")]
    public DigestDocument Parse() => Digest.Parse(_text);

    [Benchmark(Description = "Minimal regex (generated)")]
    public int MinimalRegexBaseline() => MinimalRegex.Parse(_text).Count;

    [Benchmark(Description = "Full regex baseline (compiled)")]
    public int CompiledRegexBaseline() => CompiledRegex.Parse(_text).Count;

    [Benchmark(Description = "Digest.Load(bytes)")]
    public DigestDocument Load() => Digest.Load(new MemoryStream(_bytes, writable: false));

    private sealed class Config : ManualConfig
    {
        private static readonly Lazy<long> InputBytes = new(() => BenchmarkInputs.ReadCorpusFile("catalog.txt").LongLength);

        public Config() => AddColumn(new ThroughputColumn(_ => InputBytes.Value));
    }
}
