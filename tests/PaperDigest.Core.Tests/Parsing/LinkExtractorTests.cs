using FluentAssertions;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

public sealed class LinkExtractorTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2507.02754v2", LinkKind.Arxiv, "2507.02754v2")]
    [InlineData("https://arxiv.org/pdf/2507.02754.pdf", LinkKind.Arxiv, "2507.02754")]
    [InlineData("http://arxiv.org/html/2501.12345v1", LinkKind.Arxiv, "2501.12345v1")]
    [InlineData("https://arxiv.org/abs/cs/0112017", LinkKind.Arxiv, "cs/0112017")]
    [InlineData("https://github.com/owner/repo", LinkKind.GitHub, "owner/repo")]
    [InlineData("https://github.com/owner/repo.git", LinkKind.GitHub, "owner/repo")]
    [InlineData("https://github.com/owner/repo/blob/main/README.md", LinkKind.GitHub, "owner/repo")]
    [InlineData("https://github.com/owner", LinkKind.GitHub, null)]
    [InlineData("https://huggingface.co/org/model-7b", LinkKind.HuggingFace, "org/model-7b")]
    [InlineData("https://huggingface.co/datasets/org/data", LinkKind.HuggingFace, "datasets/org/data")]
    [InlineData("https://huggingface.co/spaces/org/demo", LinkKind.HuggingFace, "spaces/org/demo")]
    [InlineData("https://openreview.net/forum?id=AbC123xyz", LinkKind.OpenReview, "AbC123xyz")]
    [InlineData("https://openreview.net/pdf?id=AbC123xyz&noteId=1", LinkKind.OpenReview, "AbC123xyz")]
    [InlineData("https://doi.org/10.1000/xyz123", LinkKind.Doi, "10.1000/xyz123")]
    [InlineData("https://example-lab.github.io/project/", LinkKind.Project, null)]
    [InlineData("https://example.com/page", LinkKind.Web, null)]
    public void Classifies_urls(string url, LinkKind kind, string? id)
    {
        LinkExtractor.Classify(url).Should().Be(new DigestLink(kind, id, url));
    }

    [Theory]
    [InlineData("代码地址:https://github.com/deep/Engram为什么这样", "https://github.com/deep/Engram")]
    [InlineData("see https://github.com/a/b.", "https://github.com/a/b")]
    [InlineData("(https://github.com/a/b)", "https://github.com/a/b")]
    [InlineData("https://en.wikipedia.org/wiki/Foo_(bar), next", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("链接：https://arxiv.org/abs/2501.00001，代码", "https://arxiv.org/abs/2501.00001")]
    [InlineData("**https://example.com/x**", "https://example.com/x")]
    public void A_url_ends_at_cjk_full_width_punctuation_and_trailing_punctuation(string text, string url)
    {
        var links = new List<DigestLink>();

        LinkExtractor.Extract(text, links);

        links.Should().ContainSingle().Which.Url.Should().Be(url);
    }

    [Theory]
    [InlineData("DOI: 10.1038/s42256-025-01234-5.", "10.1038/s42256-025-01234-5")]
    [InlineData("(doi:10.1145/3580305.3599256)", "10.1145/3580305.3599256")]
    public void Bare_dois(string text, string id)
    {
        var links = new List<DigestLink>();

        LinkExtractor.Extract(text, links);

        links.Should().Equal(new DigestLink(LinkKind.Doi, id, "https://doi.org/" + id));
    }

    [Theory]
    [InlineData("doi: not one")]
    [InlineData("doi:10.x/abc")]
    [InlineData("http://")]
    public void Near_misses_are_not_links(string text)
    {
        var links = new List<DigestLink>();

        LinkExtractor.Extract(text, links);

        links.Should().BeEmpty();
    }

    [Fact]
    public void Bare_arxiv_ids_and_duplicates()
    {
        var links = new List<DigestLink>();

        LinkExtractor.Extract("arXiv:2409.01234v2 and https://arxiv.org/abs/2409.01234v2 and http:// nothing, https://github.com/a/b twice https://github.com/a/b", links);

        links.Should().Equal(
            new DigestLink(LinkKind.Arxiv, "2409.01234v2", "https://arxiv.org/abs/2409.01234v2"),
            new DigestLink(LinkKind.GitHub, "a/b", "https://github.com/a/b"));
    }
}
