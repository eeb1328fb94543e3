using FluentAssertions;
using PaperDigest.Parsing.Catalog;

namespace PaperDigest.Tests.Extensibility;

public sealed class ExtensionTests
{
    private const string Shelf = "SHELF: Tiny Verifiers | https://arxiv.org/abs/2511.04321\nSHELF: Dense Curiosity | https://github.com/example/curiosity\n";

    [Fact]
    public void An_extension_sets_up_the_builder_and_its_layout_is_detected_next_to_the_built_in_ones()
    {
        var pipeline = new DigestPipelineBuilder().Use(new ShelfExtension()).Build();

        pipeline.Parsers[0].Should().BeOfType<ShelfListParser>();
        pipeline.Parsers[1].Should().BeOfType<CatalogParser>();
        pipeline.Options.MaxEntries.Should().Be(100);

        var shelf = Digest.Parse(Shelf, pipeline);
        shelf.Format.Should().Be(ShelfListParser.Shelf);
        shelf.Entries.Select(e => e.Title).Should().Equal("Tiny Verifiers", "Dense Curiosity");
        shelf.Entries[0].Links.Single().Should().Be(new DigestLink(LinkKind.Arxiv, "2511.04321", "https://arxiv.org/abs/2511.04321"));

        Digest.Parse(Fixtures.Read("catalog/basic.txt"), pipeline).Format.Should().Be(DigestFormat.Catalog);
    }

    [Fact]
    public void Use_of_a_type_creates_the_extension()
    {
        var pipeline = new DigestPipelineBuilder().Use<ShelfExtension>().Build();

        Digest.Parse(Shelf, pipeline).Entries.Should().HaveCount(2);
    }

    [Fact]
    public void Insert_puts_a_parser_at_a_position_and_checks_it()
    {
        var builder = new DigestPipelineBuilder();
        var count = builder.Parsers.Count;
        var parser = new ShelfListParser(new ShelfPrefix("S:"));

        builder.Insert(count, parser).Parsers[^1].Should().BeSameAs(parser);
        builder.Invoking(b => b.Insert(count + 2, parser)).Should().Throw<ArgumentOutOfRangeException>();
        builder.Invoking(b => b.Insert(-1, parser)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
