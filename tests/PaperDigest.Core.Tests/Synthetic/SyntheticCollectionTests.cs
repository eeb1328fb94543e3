using FluentAssertions;
using Xunit;

namespace PaperDigest.Tests.Synthetic;

/// <summary>
/// The structure measure for briefs, collections and blogs: 1,000 documents of each, rendered from random items in
/// random templates (fixed seed), whose parts carry names no label table has, parsed and compared item by item.
/// </summary>
public sealed class SyntheticCollectionTests(ITestOutputHelper output)
{
    private const int Seed = 20261207;
    private const int Documents = 1000;

    [Fact]
    public void At_least_95_percent_of_generated_items_are_recovered_in_every_template_over_1000_documents_per_layout()
    {
        var generator = new CollectionGenerator(Seed);
        var tally = new RecoveryTally();
        foreach (var layout in new[] { DigestFormat.Brief, DigestFormat.Tagged, DigestFormat.Blog })
        {
            for (var i = 0; i < Documents; i++)
            {
                var digest = generator.Next(layout);
                tally.Add(digest.Template, ItemRecovery.Compare(digest, Digest.Parse(digest.Text)));
            }
        }

        tally.WriteTo(output);
        var byTemplate = tally.ByTemplate;
        byTemplate.Keys.Should().BeEquivalentTo(CollectionGenerator.Templates);
        byTemplate.Should().OnlyContain(t => t.Value.Recovered >= 0.95 * t.Value.Total, "every template recovers 95% of its items: {0}", string.Join("; ", tally.Misses));
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
