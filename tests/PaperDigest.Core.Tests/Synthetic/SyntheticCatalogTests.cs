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
        var tally = new RecoveryTally();
        for (var i = 0; i < Catalogs; i++)
        {
            var catalog = generator.Next();
            tally.Add(catalog.Template, RecordRecovery.Compare(catalog, Digest.Parse(catalog.Text)));
        }

        tally.WriteTo(output);
        var byTemplate = tally.ByTemplate;
        var byFormat = byTemplate.GroupBy(t => t.Key.Split('-')[0]).ToDictionary(g => g.Key, g => (double)g.Sum(t => t.Value.Recovered) / g.Sum(t => t.Value.Total));
        output.WriteLine(string.Join(", ", byFormat.Select(f => $"{f.Key} {100 * f.Value:0.0}%")));
        byFormat.Keys.Should().BeEquivalentTo(["md", "text", "html"]);
        byFormat.Should().OnlyContain(f => f.Value >= 0.95, "every format recovers 95% of its records: {0}", string.Join("; ", tally.Misses));
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
