using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using PaperDigest.Parsing.Catalog;
using PaperDigest.Tests.Extensibility;

namespace PaperDigest.Tests.DependencyInjection;

public sealed class AddPaperDigestTests
{
    [Fact]
    public void Registers_one_pipeline_and_its_taxonomy_as_singletons()
    {
        using var provider = new ServiceCollection().AddPaperDigest().Services.BuildServiceProvider();

        var pipeline = provider.GetRequiredService<DigestPipeline>();

        provider.GetRequiredService<DigestPipeline>().Should().BeSameAs(pipeline);
        provider.GetRequiredService<TagTaxonomy>().Should().BeSameAs(pipeline.Taxonomy).And.BeSameAs(TagTaxonomy.BuiltIn);
        pipeline.Parsers.Select(p => p.GetType()).Should().Equal(new DigestPipelineBuilder().Parsers.Select(p => p.GetType()));
    }

    [Fact]
    public void Custom_parsers_get_their_dependencies_injected_and_go_first_in_the_order_added()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new ShelfPrefix("SHELF:"));
        services.AddPaperDigest(builder => builder.Configure(o => o with { MaxEntries = 10 }))
            .AddParser<ShelfListParser>()
            .Configure((provider, builder) => builder.Remove<CatalogParser>());
        using var provider = services.BuildServiceProvider();

        var pipeline = provider.GetRequiredService<DigestPipeline>();

        pipeline.Parsers[0].Should().BeSameAs(provider.GetRequiredService<ShelfListParser>());
        pipeline.Parsers.OfType<CatalogParser>().Should().BeEmpty();
        pipeline.Options.MaxEntries.Should().Be(10);
        Digest.Parse("SHELF: Tiny Verifiers | https://arxiv.org/abs/2511.04321\n", pipeline).Entries.Single().Title.Should().Be("Tiny Verifiers");
    }

    [Fact]
    public void Calling_it_twice_registers_nothing_twice_and_keeps_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new ShelfPrefix("SHELF:"));
        services.AddPaperDigest(b => b.Configure(o => o with { MaxEntries = 10 })).AddParser<ShelfListParser>();
        services.AddPaperDigest(b => b.UseStrictMode()).AddParser<ShelfListParser>();

        services.Count(s => s.ServiceType == typeof(DigestPipeline)).Should().Be(1);
        services.Count(s => s.ServiceType == typeof(TagTaxonomy)).Should().Be(1);
        services.Count(s => s.ServiceType == typeof(ShelfListParser)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<DigestPipeline>();
        pipeline.Parsers.OfType<ShelfListParser>().Should().ContainSingle();
        pipeline.Options.MaxEntries.Should().Be(10);
        pipeline.Options.Mode.Should().Be(ParseMode.Strict);
    }

    [Fact]
    public void A_taxonomy_from_the_container_reaches_the_pipeline()
    {
        var custom = new TagTaxonomyBuilder().AddBuiltIn().Add(new TagConcept("shelf-picks") { PrefLabels = new Dictionary<string, string> { ["en"] = "shelf picks" } }).Build();
        var services = new ServiceCollection();
        services.AddKeyedSingleton("papers", custom);
        services.AddPaperDigest().Configure((provider, builder) => builder.UseTaxonomy(provider.GetRequiredKeyedService<TagTaxonomy>("papers")));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<TagTaxonomy>().Should().BeSameAs(custom);
        var post = "小模型学会自检\n" + new string('这', 120) + "。(示例)\n";
        Digest.Parse("#Shelf Picks\n" + post + post, provider.GetRequiredService<DigestPipeline>())
            .Tags.Single().Canonical.Should().Be("shelf-picks");
    }
}
