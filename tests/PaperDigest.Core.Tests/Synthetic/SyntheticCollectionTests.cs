using FluentAssertions;
using Xunit;

namespace PaperDigest.Tests.Synthetic;

/// <summary>
/// The structure measure for briefs and collections: 1,000 documents rendered from random items in random templates
/// (fixed seed), whose parts carry names no label table has, parsed and compared item by item.
/// </summary>
public sealed class SyntheticCollectionTests(ITestOutputHelper output)
{
    private const int Seed = 20261207;
    private const int Documents = 1000;

    [Fact]
    public void At_least_95_percent_of_generated_items_are_recovered_in_every_template()
    {
        var generator = new CollectionGenerator(Seed);
        var byTemplate = new SortedDictionary<string, (int Recovered, int Total, int Documents)>(StringComparer.Ordinal);
        var misses = new List<string>();
        for (var i = 0; i < Documents; i++)
        {
            var collection = generator.Next();
            var (recovered, total, miss) = ItemRecovery.Compare(collection, Digest.Parse(collection.Text));
            var (r, t, d) = byTemplate.GetValueOrDefault(collection.Template);
            byTemplate[collection.Template] = (r + recovered, t + total, d + 1);
            if (miss is not null && misses.Count(m => m.StartsWith(collection.Template + " ", StringComparison.Ordinal)) < 2)
            {
                misses.Add(miss);
            }
        }

        foreach (var (template, (recovered, total, documents)) in byTemplate)
        {
            output.WriteLine($"| {template} | {documents} | {total} | {100.0 * recovered / total:0.0}% |");
        }

        misses.ForEach(output.WriteLine);
        output.WriteLine($"all: {byTemplate.Values.Sum(v => v.Recovered)} of {byTemplate.Values.Sum(v => v.Total)}");
        byTemplate.Keys.Should().BeEquivalentTo(CollectionGenerator.Templates);
        byTemplate.Should().OnlyContain(t => t.Value.Recovered >= 0.95 * t.Value.Total, "every template recovers 95% of its items: {0}", string.Join("; ", misses));
    }

    [Fact]
    public void The_generator_is_deterministic_for_a_seed()
    {
        var first = new CollectionGenerator(7).Next();
        var second = new CollectionGenerator(7).Next();

        second.Text.Should().Be(first.Text);
        first.Items.Should().NotBeEmpty();
    }
}
