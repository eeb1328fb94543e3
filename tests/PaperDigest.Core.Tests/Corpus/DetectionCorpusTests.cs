using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>Every corpus file is detected as its layout, with the runner-up at least 0.2 below.</summary>
public sealed class DetectionCorpusTests
{
    [Theory]
    [InlineData("catalog.txt", "catalog")]
    [InlineData("brief.txt", "brief")]
    [InlineData("tagged.txt", "tagged")]
    [InlineData("blog.txt", "blog")]
    [InlineData("article.txt", "article")]
    public void Detects_each_layout_with_a_clear_margin(string file, string format)
    {
        var detection = Digest.Detect(CorpusFiles.Read(file));

        detection.Format.Should().Be(new DigestFormat(format));
        detection.Candidates.Should().HaveCount(5);
        detection.Candidates[0].Score.Should().Be(detection.Score);
        detection.RunnerUp!.Score.Should().BeLessThanOrEqualTo(detection.Score - 0.2);
        detection.Candidates.Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c.Reason));
    }
}
