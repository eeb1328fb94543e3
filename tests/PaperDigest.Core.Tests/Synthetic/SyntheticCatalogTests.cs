using FluentAssertions;
using Xunit;

namespace PaperDigest.Tests.Synthetic;

/// <summary>
/// The structure measure: 1,000 catalogs rendered from random papers in random templates (fixed seed), parsed, and
/// compared record by record. It measures whether records are found by their shape, whatever the labels are called.
/// </summary>
public sealed class SyntheticCatalogTests(ITestOutputHelper output)
{
    private const int Seed = 20261207;
    private const int Catalogs = 1000;

    [Fact]
    public void At_least_95_percent_of_generated_records_are_recovered_exactly_in_every_format()
    {
        var generator = new CatalogGenerator(Seed);
        var byTemplate = new SortedDictionary<string, (int Recovered, int Total, int Documents)>(StringComparer.Ordinal);
        var misses = new List<string>();
        for (var i = 0; i < Catalogs; i++)
        {
            var catalog = generator.Next();
            var (recovered, total, miss) = RecordRecovery.Compare(catalog, Digest.Parse(catalog.Text));
            var (r, t, d) = byTemplate.GetValueOrDefault(catalog.Template);
            byTemplate[catalog.Template] = (r + recovered, t + total, d + 1);
            if (miss is not null && misses.Count(m => m.StartsWith(catalog.Template + " ", StringComparison.Ordinal)) < 2)
            {
                misses.Add(miss);
            }
        }

        foreach (var (template, (recovered, total, documents)) in byTemplate)
        {
            output.WriteLine($"| {template} | {documents} | {total} | {100.0 * recovered / total:0.0}% |");
        }

        misses.ForEach(output.WriteLine);
        var byFormat = byTemplate.GroupBy(t => t.Key.Split('-')[0]).ToDictionary(g => g.Key, g => (double)g.Sum(t => t.Value.Recovered) / g.Sum(t => t.Value.Total));
        output.WriteLine($"all: {byTemplate.Values.Sum(v => v.Recovered)} of {byTemplate.Values.Sum(v => v.Total)}; "
            + string.Join(", ", byFormat.Select(f => $"{f.Key} {100 * f.Value:0.0}%")));
        byFormat.Keys.Should().BeEquivalentTo(["md", "text", "html"]);
        byFormat.Should().OnlyContain(f => f.Value >= 0.95, "every format recovers 95% of its records: {0}", string.Join("; ", misses));
    }

    [Fact]
    public void The_generator_is_deterministic_for_a_seed()
    {
        var first = new CatalogGenerator(7).Next();
        var second = new CatalogGenerator(7).Next();

        second.Text.Should().Be(first.Text);
        first.Papers.Should().NotBeEmpty();
    }
}
