using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>Every corpus file, and each variant of another generator, edition or clipping tool (a single tagged post reads as an article), is detected as its layout with the runner-up at least 0.2 below.</summary>
public sealed class DetectionCorpusTests
{
    [CorpusTheory]
    [InlineData("catalog.txt", "catalog")]
    [InlineData("brief.txt", "brief")]
    [InlineData("tagged.txt", "tagged")]
    [InlineData("blog.txt", "blog")]
    [InlineData("article.txt", "article")]
    [InlineData("variants/catalog/arxivdaily-2026-05-07.txt", "catalog")]
    [InlineData("variants/catalog/xmkxabc-2025-05-05.md", "catalog")]
    [InlineData("variants/catalog/shiyibihua-csCL-2025-12-17-index.md", "catalog")]
    [InlineData("variants/catalog/shiyibihua-csCL-2025-12-17-paper-251215163v1.md", "catalog")]
    [InlineData("variants/catalog/arxivdaily-2026-05-07.html", "catalog")]
    [InlineData("catalog-sample.html", "catalog")]
    [InlineData("variants/brief/aibrief-2026-02-01.md", "brief")]
    [InlineData("variants/brief/aibrief-2026-06-02-briefcast.md", "brief")]
    [InlineData("variants/brief/amyblog-daily-paper-2026-02-21.md", "brief")]
    [InlineData("variants/brief/eagle-ai-digest-2026-03-26.md", "brief")]
    [InlineData("variants/article/cubox-jiqizhixin-plansearch.md", "article")]
    [InlineData("variants/article/omnivore-qbitai-kan.md", "article")]
    [InlineData("variants/article/yifor01-autoblog-post-aem.md", "article")]
    [InlineData("variants/tagged/yifor01-autoblog-post-dualpath-zhHant.md", "article")]
    [InlineData("variants/blog/cubox-llm-classic-papers-31.md", "blog")]
    [InlineData("variants/blog/dwctod-iccv2021-papers-with-code-readme.md", "blog")]
    [InlineData("variants2/catalog/arxivpapers-site-2026-03-02.html", "catalog")]
    [InlineData("variants2/catalog/cvarxivdaily-2022-01-07-readme.md", "catalog")]
    [InlineData("variants2/catalog/dailypaperreader-2604.01841.md", "catalog")]
    [InlineData("variants2/catalog/doragd-arxiv-2026-01-01.html", "catalog")]
    [InlineData("variants2/catalog/hfdaily-cn-2025-01-15.html", "catalog")]
    [InlineData("variants2/catalog/vollero-hfdaily-2026-07-14.md", "catalog")]
    [InlineData("variants2/catalog/whiteplus-arxiv-2025-08-23.html", "catalog")]
    [InlineData("variants2/catalog/whiteplus-arxiv-2025-08-23.md", "catalog")]
    [InlineData("variants2/brief/aitobox-weekly-2024-02-22.md", "brief")]
    [InlineData("variants2/brief/aidaily-skill-2026-01-15.html", "brief")]
    [InlineData("variants2/brief/cxyac-ai-deep-brief-2025-12-29.md", "brief")]
    [InlineData("variants2/brief/informedainews-weekly-2024-08-19.mdx", "brief")]
    [InlineData("variants2/tagged/wxarticles-ainews-2026-07-24.html", "tagged")]
    [InlineData("variants2/tagged/wxarticles-archive-2026-04-21.html", "tagged")]
    [InlineData("variants2/blog/km1994-acl-study.md", "blog")]
    [InlineData("variants2/blog/wanhjh-vla-tracking-2026-03-22.md", "blog")]
    [InlineData("variants2/blog/wqw-llm-multi-turn-2025-08-10.md", "blog")]
    [InlineData("variants2/article/jaile06-clip-karpathy-zhHant.md", "article")]
    [InlineData("variants2/article/jchao-clip-openclaw-rl.md", "article")]
    [InlineData("variants2/article/wanhjh-kimi-k15.md", "article")]
    [InlineData("variants2/article/easonai-pi0-notes.md", "article")]
    public void Detects_each_layout_with_a_clear_margin(string file, string format)
    {
        var detection = Digest.Detect(CorpusFiles.Read(file));

        detection.Format.Should().Be(new DigestFormat(format));
        detection.Candidates.Should().HaveCount(5, "every input, text, Markdown or page, goes to the five layouts");
        detection.Candidates[0].Score.Should().Be(detection.Score);
        detection.RunnerUp!.Score.Should().BeLessThanOrEqualTo(detection.Score - 0.2 + 1e-9);
        detection.Candidates.Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c.Reason));
    }

    [CorpusFact]
    public void A_readme_that_shows_the_layouts_in_examples_is_unknown()
    {
        // The corpus README describes every layout, with fenced examples of their lines: a description, not a digest.
        var detection = Digest.Detect(CorpusFiles.Read("README.md"));

        detection.Format.Should().Be(DigestFormat.Unknown);
    }
}
