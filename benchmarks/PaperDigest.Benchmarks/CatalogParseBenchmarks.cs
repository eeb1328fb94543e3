using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Parsing catalog.txt (2.2 MB, 803 papers) against the floor of any parser: decoding the same UTF-8
/// bytes to a string. Target (issue 1/7): Parse at most 2x the decode, allocating at most 3x the input bytes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class CatalogParseBenchmarks
{
    private byte[] _bytes = [];
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkInputs.ReadCorpusFile("catalog.txt");
        _text = Encoding.UTF8.GetString(_bytes);
        if (Digest.Parse(_text).Entries.Count != 803)
        {
            throw new InvalidOperationException("catalog.txt did not parse to 803 papers.");
        }
    }

    [Benchmark(Baseline = true, Description = "Decode UTF-8")]
    public string Decode() => Encoding.UTF8.GetString(_bytes);

    [Benchmark(Description = "Digest.Parse(text)")]
    public DigestDocument Parse() => Digest.Parse(_text);

    [Benchmark(Description = "Digest.Load(bytes)")]
    public DigestDocument Load() => Digest.Load(new MemoryStream(_bytes, writable: false));

    private sealed class Config : ManualConfig
    {
        private static readonly Lazy<long> InputBytes = new(() => BenchmarkInputs.ReadCorpusFile("catalog.txt").LongLength);

        public Config() => AddColumn(new ThroughputColumn(_ => InputBytes.Value));
    }
}
