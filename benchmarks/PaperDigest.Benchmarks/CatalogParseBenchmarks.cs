using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using System.Text.RegularExpressions;
using PaperDigest.Benchmarks.Baselines;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Parsing catalog.txt (2.2 MB, 803 papers) against the floor of any parser: decoding the same UTF-8
/// bytes to a string. Targets: Parse at most 1.5x the decode (issue 7/7; 2x in issue 1/7), allocating at most 3x the input bytes,
/// and at least 8x faster than <see cref="RegexCatalogParser"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class CatalogParseBenchmarks
{
    private byte[] _bytes = [];
    private static readonly RegexCatalogParser InterpretedRegex = new(RegexOptions.None);
    private static readonly RegexCatalogParser CompiledRegex = new(RegexOptions.Compiled);
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

        if (InterpretedRegex.Parse(_text).Count != 803 || CompiledRegex.Parse(_text).Count != 803)
        {
            throw new InvalidOperationException("The regex baseline did not read 803 papers from catalog.txt.");
        }
    }

    [Benchmark(Baseline = true, Description = "Decode UTF-8")]
    public string Decode() => Encoding.UTF8.GetString(_bytes);

    [Benchmark(Description = "Digest.Parse(text)")]
    public DigestDocument Parse() => Digest.Parse(_text);

    [Benchmark(Description = "Regex baseline (interpreted)")]
    public int InterpretedRegexBaseline() => InterpretedRegex.Parse(_text).Count;

    [Benchmark(Description = "Regex baseline (compiled)")]
    public int CompiledRegexBaseline() => CompiledRegex.Parse(_text).Count;

    [Benchmark(Description = "Digest.Load(bytes)")]
    public DigestDocument Load() => Digest.Load(new MemoryStream(_bytes, writable: false));

    private sealed class Config : ManualConfig
    {
        private static readonly Lazy<long> InputBytes = new(() => BenchmarkInputs.ReadCorpusFile("catalog.txt").LongLength);

        public Config() => AddColumn(new ThroughputColumn(_ => InputBytes.Value));
    }
}
