using FluentAssertions;

namespace PaperDigest.Tests.Detection;

public sealed class DetectionTests
{
    [Theory]
    [InlineData("catalog/basic.txt", 1.0, "6 kinds of field label, 4 abstract markers, 4 tag lines, 1 TL;DR lines, 2 section headers, 0 headed papers")]
    [InlineData("catalog/variants.txt", 1.0, "7 kinds of field label, 2 abstract markers, 2 tag lines, 1 TL;DR lines, 1 section headers, 0 headed papers")]
    public void Catalog_fixtures_are_detected_with_their_score(string fixture, double score, string reason)
    {
        var detection = Digest.Detect(Fixtures.Read(fixture));

        detection.Format.Should().Be(DigestFormat.Catalog);
        detection.Score.Should().BeApproximately(score, 1e-9);
        detection.Candidates[0].Reason.Should().Be(reason);
        detection.RunnerUp!.Score.Should().BeLessThanOrEqualTo(score - 0.2);
    }

    [Theory]
    [InlineData("catalog/missing-fields.txt", "catalog")]
    [InlineData("brief/plain.txt", "brief")]
    [InlineData("brief/markdown.md", "brief")]
    [InlineData("brief/labels.md", "brief")]
    [InlineData("tagged/basic.txt", "tagged")]
    [InlineData("blog/basic.txt", "blog")]
    [InlineData("article/titled.txt", "article")]
    [InlineData("article/untitled.txt", "article")]
    public void Every_fixture_is_detected_as_its_layout_with_a_clear_margin(string fixture, string format)
    {
        foreach (var text in new[] { Fixtures.Read(fixture), Fixtures.ReadCrlf(fixture) })
        {
            var detection = Digest.Detect(text);

            detection.Format.Should().Be(new DigestFormat(format));
            detection.RunnerUp!.Score.Should().BeLessThanOrEqualTo(detection.Score - 0.2);
        }
    }

    [Fact]
    public void A_single_paper_without_header_or_tldr_still_clears_the_threshold()
    {
        var text = string.Join('\n', Fixtures.Read("catalog/basic.txt").Split('\n')[15..26]);

        var detection = Digest.Detect(text);

        detection.Format.Should().Be(DigestFormat.Catalog);
        detection.Score.Should().BeApproximately(0.8, 1e-9);
    }

    [Fact]
    public void Prose_is_unknown_with_the_candidates_still_listed()
    {
        var detection = Digest.Detect("今天读了一篇关于推理的文章。\n感觉写得不错。\n");

        detection.Format.Should().Be(DigestFormat.Unknown);
        detection.Score.Should().Be(0);
        detection.Candidates.Should().HaveCount(5);
        detection.Candidates[0].Format.Should().Be(DigestFormat.Article);
        detection.Candidates[0].Score.Should().BeLessThan(0.05, "two sentences are not long prose");
        detection.Candidates[0].Reason.Should().Be("2 of 2 lines are prose paragraphs, 0 structured lines, 21 characters, 0 byline lines, 0 paper lines");
        detection.Candidates.Should().Contain(new FormatCandidate(DigestFormat.Catalog, 0, "0 field labels, 0 section headers"));
    }

    [Fact]
    public void Detection_reads_only_the_leading_sample()
    {
        var catalog = Fixtures.Read("catalog/basic.txt");
        var pipeline = new DigestPipelineBuilder().Configure(o => o with { DetectionSampleLength = 200 }).Build();
        var text = new string('x', 300) + "\n" + catalog;

        pipeline.Detect(text).Format.Should().Be(DigestFormat.Unknown);
        Digest.Detect(text).Format.Should().Be(DigestFormat.Catalog);
    }

    [Fact]
    public void A_clear_prefix_decides_without_reading_the_full_sample()
    {
        var catalog = Fixtures.Read("catalog/basic.txt");
        var text = string.Concat(Enumerable.Repeat(catalog + "\n", (16 * 1024 / catalog.Length) + 1));
        var prefix = text.AsSpan(0, 4 * 1024);
        prefix = prefix[..prefix.LastIndexOfAny('\n', '\r')];

        var detection = Digest.Detect(text);

        detection.Format.Should().Be(DigestFormat.Catalog);
        detection.Candidates[0].Reason.Should().Be(new PaperDigest.Parsing.Catalog.CatalogParser().Detect(prefix).Reason, "the 4 Ki prefix was clear");
    }

    [Fact]
    public void An_unclear_prefix_reads_on_to_the_full_sample()
    {
        var filler = string.Concat(Enumerable.Repeat("Notes kept while reading, nothing structured here yet.\n", 100));
        var text = filler + Fixtures.Read("catalog/basic.txt");
        text.Length.Should().BeInRange((4 * 1024) + 1, 16 * 1024, "the catalog starts past the prefix, inside the sample");

        Digest.Detect(text).Format.Should().Be(DigestFormat.Catalog);
    }
}
