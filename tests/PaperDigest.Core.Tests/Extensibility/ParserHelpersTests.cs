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
