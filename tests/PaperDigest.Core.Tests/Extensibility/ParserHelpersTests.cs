using FluentAssertions;
using PaperDigest.Blocks;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Extensibility;

/// <summary>The helpers a custom parser needs, public on purpose (issue [6/6]): each as docs/extending.md describes it.</summary>
public sealed class ParserHelpersTests
{
    [Fact]
    public void Author_lines_label_text_and_bylines_read_as_the_built_in_parsers_read_them()
    {
        AuthorNames.TryRead("Neil Joshi, Joshua Carney，Homer Li", out var names).Should().BeTrue();
        names.Should().Equal("Neil Joshi", "Joshua Carney", "Homer Li");
        AuthorNames.TryRead("High 2605.04405", out _).Should().BeFalse();

        var line = "🎯 **研究动机**：长链推理成本高".AsSpan();
        var start = LabelText.SkipDecoration(line, out var hadSymbol);
        hadSymbol.Should().BeTrue();
        line[start..].ToString().Should().StartWith("研究动机");
        var after = start + "研究动机".Length;
        line[(after + LabelText.SkipSeparator(line[after..], out var hadColon))..].ToString().Should().Be("长链推理成本高");
        hadColon.Should().BeTrue();

        var lines = LineTable.Build("大模型也会犯错\n晨星科技 | 公众号 StarTech\n正文第一段。\n");
        Byline.Find(lines, firstLine: 2)!.Publisher.Should().Be("晨星科技");
        FluentActions.Invoking(() => Byline.Find(lines, firstLine: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_custom_parser_resolves_a_tag_as_the_pipeline_does()
    {
        var context = new DigestParseContext("x\n", new DigestFormat("custom"), new DigestOptions()) { Canonicalizer = new global::PaperDigest.Taxonomy.TagCanonicalizer(TagTaxonomy.BuiltIn) };

        var tag = context.ResolveTag("强化学习");

        tag.Canonical.Should().Be("reinforcement-learning");
        tag.Label.Should().Be("强化学习");
    }
}

public sealed class FormatKeyedBuilderTests
{
    private sealed class Stub(string name) : IDigestParser
    {
        public DigestFormat Format { get; } = new(name);

        public FormatScore Detect(ReadOnlySpan<char> sample) => new(0, "stub");

        public void Parse(DigestParseContext context)
        {
        }
    }

    [Fact]
    public void Built_in_parsers_are_placed_replaced_and_removed_by_their_format()
    {
        var builder = new DigestPipelineBuilder()
            .InsertBefore(DigestFormat.Catalog, new Stub("picks"))
            .InsertAfter(DigestFormat.Catalog, new Stub("after"))
            .Replace(DigestFormat.Blog, new Stub("blog2"))
            .Remove(DigestFormat.Tagged);

        var names = builder.Parsers.Select(p => p.Format.Name).ToList();

        names.IndexOf("picks").Should().Be(names.IndexOf("catalog") - 1);
        names.IndexOf("after").Should().Be(names.IndexOf("catalog") + 1);
        names.Should().Contain("blog2").And.NotContain("blog").And.NotContain("tagged");
        FluentActions.Invoking(() => new DigestPipelineBuilder().InsertBefore(new DigestFormat("nope"), new Stub("x")))
            .Should().Throw<InvalidOperationException>().WithMessage("The pipeline has no parser of format nope.");
        typeof(DigestPipeline).Assembly.GetExportedTypes().Should().NotContain(t => typeof(IDigestParser).IsAssignableFrom(t) && !t.IsInterface,
            "the built-in parsers are internal, named by their format");
    }
}

public sealed class SettingsTests
{
    [Fact]
    public void Options_are_set_the_Microsoft_Extensions_way_and_with_expressions_still_work()
    {
        var pipeline = new DigestPipelineBuilder()
            .Configure(o => o.MaxEntries = 5)
            .Configure(o => o with { MaxDiagnostics = 7 })
            .Configure(o => { o.Format = "catalog"; o.TopicLabels = ["机器人"]; })
            .Build();

        pipeline.Options.MaxEntries.Should().Be(5);
        pipeline.Options.MaxDiagnostics.Should().Be(7);
        pipeline.Options.Format.Should().Be(DigestFormat.Catalog);
        pipeline.Options.TopicLabels.Should().Equal("机器人");
        FluentActions.Invoking(() => new DigestPipelineBuilder().Configure(o => o.MaxEntries = 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Settings_hold_every_public_option_and_round_trip()
    {
        var options = new DigestOptions { MaxEntries = 9, MinimumDetectionScore = 0.5, Mode = ParseMode.Strict, MaxInputBytes = 1234 };

        var back = new DigestSettings(options).ToOptions(new DigestOptions());

        back.Should().BeEquivalentTo(options, "every value survives (the options keep unset limits as their defaults)");
        typeof(DigestOptions).GetProperties().Where(p => p.GetMethod!.IsPublic).Select(p => p.Name)
            .Should().BeSubsetOf(typeof(DigestSettings).GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name),
                "every option can be set the Microsoft.Extensions way");
        var bound = new DigestSettings { MaxEntries = 3 };
        new DigestPipelineBuilder().Configure(bound.CopyTo).Build().Options.MaxEntries.Should().Be(3);
    }
}
