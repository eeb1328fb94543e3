using FluentAssertions;

namespace PaperDigest.Tests.Blocks;

/// <summary>Front matter and bylines fill the document's source for every layout; the parser's own values win.</summary>
public sealed class SourceFactsTests
{
    [Fact]
    public void Front_matter_fills_title_date_url_site_and_tags()
    {
        var document = Digest.Parse("""
            ---
            title: "A post about agents"
            source: HuggingFace Daily Papers
            url: https://huggingface.co/papers/2602.21548
            date: 2026-02-26T20:23:33
            tags: [AI, LLM]
            ---

            Long prose about one paper, with a link https://arxiv.org/abs/2602.21548 and nothing else of note.
            """);

        document.Title.Should().Be("A post about agents");
        document.Date.Should().Be(new DateOnly(2026, 2, 26));
        document.Source!.Url.Should().Be("https://huggingface.co/papers/2602.21548");
        document.Source.SiteName.Should().Be("HuggingFace Daily Papers");
        document.Source.Publisher.Should().BeNull();
        document.Tags.Select(t => t.Label).Should().Equal("AI", "LLM");
        document.HeaderSpan.Should().Be(new LineSpan(1, 7));
    }

    [Fact]
    public void A_byline_names_the_publisher_not_the_front_matter_author()
    {
        var document = Digest.Parse("""
            ---
            title: 新架构一夜爆火
            author: 关注前沿科技
            ---

            # Full Content:

            ##### 白交 衡宇 发自 凹非寺
            量子位 | 公众号 QbitAI

            一种全新的神经网络架构诞生了。它与传统架构截然不同，且能用更少的参数取得更高精度。
            """);

        document.Source!.Publisher.Should().Be("量子位");
        document.Source.Authors.Should().Equal("白交", "衡宇");
        document.Title.Should().Be("新架构一夜爆火");
    }

    [Theory]
    [InlineData("标题\n=====\n\n[mp.weixin.qq.com](https://mp.weixin.qq.com/s/abc)机器之心\n\n机器之心报道\n\n正文很长的一段话。\n", "机器之心", "https://mp.weixin.qq.com/s/abc", "标题")]
    [InlineData("> 来源: [AI论文简报](https://ai-brief.example/zh) | 日期: 2026-02-01\n\n## 今日概览\n\n正文。\n", "AI论文简报", "https://ai-brief.example/zh", null)]
    [InlineData("# 新智元文章\n\n新智元报道\n\n[Read Original](https://mp.weixin.qq.com/s/xyz)\n\n正文。\n", "新智元", "https://mp.weixin.qq.com/s/xyz", "新智元文章")]
    public void Source_lines_give_publisher_url_and_title(string text, string publisher, string url, string? title)
    {
        var document = Digest.Parse(text);

        document.Source!.Publisher.Should().Be(publisher);
        document.Source.Url.Should().Be(url);
        document.Title.Should().Be(title);
    }

    [Fact]
    public void A_title_carrying_the_day_dates_the_document_when_no_key_does()
    {
        Digest.Parse("---\nlayout: default\ntitle: arXiv 中文要点汇总 - cs.CL - 2025-12-17\n---\n\n正文。\n").Date.Should().Be(new DateOnly(2025, 12, 17));
        Digest.Parse("---\ntitle: Release 12025-12-17x\n---\n\n正文。\n").Date.Should().BeNull();
    }

    [Fact]
    public void Malformed_front_matter_is_not_an_error()
    {
        var document = Digest.Parse("---\ntitle: [unclosed\n: : :\n---\n\nText after it.\n");

        document.Title.Should().BeNull();
        document.HeaderSpan.Should().Be(new LineSpan(1, 4));
    }
}
