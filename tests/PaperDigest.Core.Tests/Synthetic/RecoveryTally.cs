namespace PaperDigest.Tests.Synthetic;

/// <summary>Recovered and total records per template over a run of generated documents, with the first misses of each template.</summary>
public sealed class RecoveryTally
{
    private const int MissesPerTemplate = 2;

    private readonly SortedDictionary<string, (int Recovered, int Total, int Documents)> _byTemplate = new(StringComparer.Ordinal);

    public List<string> Misses { get; } = [];

    public IReadOnlyDictionary<string, (int Recovered, int Total, int Documents)> ByTemplate => _byTemplate;

    public void Add(string template, (int Recovered, int Total, string? FirstMiss) result)
    {
        var (r, t, d) = _byTemplate.GetValueOrDefault(template);
        _byTemplate[template] = (r + result.Recovered, t + result.Total, d + 1);
        if (result.FirstMiss is { } miss && Misses.Count(m => m.StartsWith(template + " ", StringComparison.Ordinal)) < MissesPerTemplate)
        {
            Misses.Add(miss);
        }
    }

    /// <summary>One Markdown table row per template, the misses, and the total.</summary>
    public void WriteTo(ITestOutputHelper output)
    {
        foreach (var (template, (recovered, total, documents)) in _byTemplate)
        {
            output.WriteLine($"| {template} | {documents} | {total} | {100.0 * recovered / total:0.0}% |");
        }

        Misses.ForEach(output.WriteLine);
        output.WriteLine($"all: {_byTemplate.Values.Sum(v => v.Recovered)} of {_byTemplate.Values.Sum(v => v.Total)}");
    }
}
