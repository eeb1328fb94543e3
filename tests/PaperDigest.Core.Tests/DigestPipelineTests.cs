using System.Text;
using FluentAssertions;
using PaperDigest.Html;
using PaperDigest.Parsing.Brief;
using PaperDigest.Parsing.Catalog;
using PaperDigest.Serialization;

namespace PaperDigest.Tests;

public sealed class DigestPipelineTests
{
    private static readonly DigestFormat Picks = new("weekly-picks");

    private static readonly DigestFormat[] BuiltIn =
        [DigestFormat.Catalog, DigestFormat.Brief, DigestFormat.Tagged, DigestFormat.Blog, DigestFormat.Article];

    [Fact]
    public void Default_pipeline_is_built_once_and_holds_every_built_in_layout()
    {
        DigestPipeline.Default.Should().BeSameAs(DigestPipeline.Default);
        DigestPipeline.Default.Parsers.Select(p => p.Format).Should().Equal(BuiltIn, "pages are read through the block front end by the same parsers");
        DigestPipeline.Default.Options.Should().Be(new DigestOptions());
    }

    [Fact]
    public void Builder_orders_parsers_with_add_insert_replace_and_remove()
    {
        var builder = new DigestPipelineBuilder();
        var first = new PicksParser("first");
        var second = new PicksParser("second");

        builder.InsertBefore<CatalogParser>(first).Add(second);
        builder.Parsers.Should().HaveCount(7);
        builder.Parsers[0].Should().BeSameAs(first);
        builder.Parsers[1].Should().BeOfType<CatalogParser>();
        builder.Parsers[^1].Should().BeSameAs(second);

        var replacement = new PicksParser("replacement");
        builder.Replace<CatalogParser>(replacement).InsertAfter<BriefParser>(new PicksParser("after brief"));
        builder.Parsers.Select(p => p.ToString()).Take(4).Should().Equal("first", "replacement", typeof(BriefParser).FullName, "after brief");

        builder.Remove<PicksParser>();
        builder.Parsers.Select(p => p.Format).Should().Equal(BuiltIn.Skip(1));
        builder.Clear().Parsers.Should().BeEmpty();

        var missing = () => builder.InsertAfter<CatalogParser>(first);
        missing.Should().Throw<InvalidOperationException>().WithMessage("*no parser of type CatalogParser*");
    }

    [Fact]
    public void A_built_pipeline_does_not_change_when_its_builder_does()
    {
        var builder = new DigestPipelineBuilder();
        var pipeline = builder.Build();

        builder.Add(new PicksParser("late")).UseStrictMode();

        pipeline.Parsers.Should().HaveCount(5);
        pipeline.Options.Mode.Should().Be(ParseMode.Lenient);
        builder.Build().Parsers.Should().HaveCount(6);
    }

    [Fact]
    public void A_custom_parser_with_its_own_format_is_detected_and_parses()
    {
        var pipeline = new DigestPipelineBuilder().Add(new PicksParser("picks")).Build();
        const string text = "PICKS\n1. First paper\n2. Second paper\n";

        var detection = Digest.Detect(text, pipeline);
        var document = Digest.Parse(text, pipeline);

        detection.Format.Should().Be(Picks);
        detection.Candidates[0].Should().Be(new FormatCandidate(Picks, 0.9, "PICKS header"));
        detection.Candidates.Select(c => c.Format).Should().BeEquivalentTo([Picks, .. BuiltIn]);
        document.Format.Should().Be(Picks);
        document.Entries.Select(e => e.Title).Should().Equal("First paper", "Second paper");
        Digest.Detect(Fixtures.Read("catalog/basic.txt"), pipeline).Format.Should().Be(DigestFormat.Catalog);
    }

    [Fact]
    public void An_explicit_format_skips_detection()
    {
        var pipeline = new DigestPipelineBuilder().UseFormat(DigestFormat.Catalog).Build();

        var detection = pipeline.Detect("no catalog here");

        detection.Should().BeEquivalentTo(new FormatDetection
        {
            Format = DigestFormat.Catalog,
            Score = 1,
            Candidates = [new FormatCandidate(DigestFormat.Catalog, 1, "format set in the options")],
        });
        var build = () => new DigestPipelineBuilder().UseFormat(Picks).Build();
        build.Should().Throw<InvalidOperationException>().WithMessage("*'weekly-picks'*");
    }

    [Fact]
    public void A_failing_custom_parser_costs_no_text()
    {
        var pipeline = new DigestPipelineBuilder().Clear().Add(new ThrowingParser()).Build();

        var document = pipeline.Parse("PICKS\nsome text\n");

        document.Entries.Should().ContainSingle().Which.Body.Should().Be("PICKS\nsome text");
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.ParserFailed && d.Severity == DiagnosticSeverity.Error
            && d.Message.Contains("InvalidOperationException: boom", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_default_value_behaves_like_new_and_rejects_bad_limits()
    {
        default(DigestOptions).MaxEntries.Should().Be(DigestOptions.DefaultMaxEntries);
        default(DigestOptions).MaxInputLength.Should().Be(DigestOptions.DefaultMaxInputLength);
        default(DigestOptions).MinimumDetectionScore.Should().Be(DigestOptions.DefaultMinimumDetectionScore);
        new DigestOptions().DetectionSampleLength.Should().Be(16 * 1024);

        var negative = () => new DigestOptions { MaxEntries = -1 };
        var score = () => new DigestOptions { MinimumDetectionScore = 1.5 };
        negative.Should().Throw<ArgumentOutOfRangeException>();
        score.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void One_pipeline_parses_from_many_threads_with_the_same_result()
    {
        var pipeline = new DigestPipelineBuilder().Build();
        var texts = new[] { Fixtures.Read("catalog/basic.txt"), Fixtures.Read("catalog/variants.txt"), Fixtures.Read("catalog/missing-fields.txt") };
        var expected = texts.Select(t => DigestJson.Serialize(pipeline.Parse(t))).ToArray();

        var results = new string[60];
        Parallel.For(0, results.Length, i => results[i] = DigestJson.Serialize(pipeline.Parse(texts[i % 3])));

        results.Select((json, i) => json == expected[i % 3]).Should().OnlyContain(same => same);
    }

    [Fact]
    public void The_parser_whose_score_won_runs_even_when_another_shares_its_format()
    {
        var pipeline = new DigestPipelineBuilder().Clear()
            .Add(new ScoredParser(0.6, "weaker"))
            .Add(new ScoredParser(0.9, "stronger"))
            .Build();

        var document = pipeline.Parse("anything at all\n");

        document.Detection.Score.Should().Be(0.9);
        document.Entries.Should().ContainSingle().Which.Title.Should().Be("stronger");
    }

    [Fact]
    public void A_failed_parser_keeps_the_diagnostics_reported_before_it_ran()
    {
        var pipeline = new DigestPipelineBuilder().Clear().Add(new ThrowingParser()).Build();
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("PICKS 推理与思维链，一段足够长的中文文本。\n", 20)));
        var bytes = text[..30].Concat(new byte[] { 0xFF }).Concat(text[30..]).ToArray();

        var document = Digest.Load(new MemoryStream(bytes), pipeline);

        document.Encoding.Should().Be("utf-8");
        document.Diagnostics.Select(d => d.Code).Should().Contain([DiagnosticCodes.InvalidEncoding, DiagnosticCodes.ParserFailed]);
        document.Entries.Should().ContainSingle();
    }

    [Fact]
    public void Entries_link_to_their_innermost_section_and_expose_their_ids()
    {
        var document = Digest.Parse(Fixtures.Read("catalog/basic.txt"));

        document.Sections.Should().NotBeEmpty();
        foreach (var entry in document.Entries)
        {
            var section = document.Sections[entry.SectionIndex!.Value];
            section.Span.Contains(entry.Span.StartLine).Should().BeTrue();
            entry.Category.Should().Be(section.Title);
        }

        var paper = new DigestEntry
        {
            Links =
            [
                new DigestLink(LinkKind.GitHub, "o/r", "https://github.com/o/r"),
                new DigestLink(LinkKind.Arxiv, "2501.00001v2", "https://arxiv.org/abs/2501.00001v2"),
                new DigestLink(LinkKind.Doi, "10.1/x", "https://doi.org/10.1/x"),
            ],
        };
        (paper.ArxivId, paper.OpenReviewId, paper.Doi).Should().Be(("2501.00001v2", null, "10.1/x"));
    }

    /// <summary>A layout that claims any input with a fixed score and records which instance ran.</summary>
    private sealed class ScoredParser(double score, string name) : IDigestParser
    {
        public DigestFormat Format => Picks;

        public FormatScore Detect(ReadOnlySpan<char> sample) => new(score, name);

        public void Parse(DigestParseContext context) =>
            context.AddEntry(new DigestEntry { Ordinal = 1, Title = name, Span = new LineSpan(1, context.Lines.Count) });
    }

    /// <summary>A made-up layout: a "PICKS" line, then numbered titles.</summary>
    private sealed class PicksParser(string name) : IDigestParser
    {
        public DigestFormat Format => Picks;

        public FormatScore Detect(ReadOnlySpan<char> sample) =>
            sample.StartsWith("PICKS", StringComparison.Ordinal) ? new FormatScore(0.9, "PICKS header") : FormatScore.None("no PICKS header");

        public void Parse(DigestParseContext context)
        {
            for (var i = 1; i < context.Lines.Count; i++)
            {
                var line = context.Lines[i];
                var dot = line.IndexOf(". ", StringComparison.Ordinal);
                context.AddEntry(new DigestEntry
                {
                    Ordinal = context.NextOrdinal,
                    Title = line[(dot + 2)..].ToString(),
                    Span = new LineSpan(i + 1, i + 1),
                });
            }
        }

        public override string ToString() => name;
    }

    private sealed class ThrowingParser : IDigestParser
    {
        public DigestFormat Format => Picks;

        public FormatScore Detect(ReadOnlySpan<char> sample) => new(1, "always");

        public void Parse(DigestParseContext context) => throw new InvalidOperationException("boom");
    }
}
