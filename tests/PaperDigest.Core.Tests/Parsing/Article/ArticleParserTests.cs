using FluentAssertions;

namespace PaperDigest.Tests.Parsing.Article;

public sealed class ArticleParserTests
{
    [Fact]
    public void A_title_line_becomes_the_title()
    {
        var document = Digest.Parse(Fixtures.Read("article/titled.txt"));

        document.Format.Should().Be(DigestFormat.Article);
        document.Title.Should().Be("小模型如何学会给自己打分");
        var entry = document.Entries.Should().ContainSingle().Subject;
        entry.Title.Should().Be("小模型如何学会给自己打分");
        entry.Body.Should().StartWith("过去一年里").And.EndWith("究竟在哪些环节发挥了作用。").And.Contain("\n\n");
        entry.PaperTitle.Should().Be("Short Rollouts Teach Small Models to Check Their Arithmetic");
        entry.Links.Should().Equal(new DigestLink(LinkKind.GitHub, "example/short-verify", "https://github.com/example/short-verify"));
        entry.Span.Should().Be(new LineSpan(1, 9));
    }

    [Fact]
    public void Without_a_title_line_the_title_stays_empty()
    {
        var text = Fixtures.Read("article/untitled.txt");

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Article);
        document.Title.Should().BeNull();
        var entry = document.Entries.Should().ContainSingle().Subject;
        entry.Title.Should().BeNull();
        entry.Body.Should().Be(text.Trim());
        document.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void An_author_line_ends_at_a_bar_that_opens_the_next_field()
    {
        const string text = "一文读懂新注意力机制\n\n作者：李雷 ｜ 来源：AI前线\n\n论文标题：Native Sparse Attention\n\n"
            + "长上下文建模是大模型的关键能力，但标准注意力的计算量随长度平方增长。本文介绍一种稀疏注意力。\n\n"
            + "NSA把注意力分成压缩、选择和滑动窗口三个分支，并针对硬件做了对齐，在长文本上解码速度提升了十一倍。\n";
        var articles = new DigestPipelineBuilder().UseFormat(DigestFormat.Article).Build();

        var entry = articles.Parse(text).Entries.Should().ContainSingle().Subject;

        entry.Authors.Should().Equal("李雷");
    }

    [Fact]
    public void A_paper_label_whose_value_is_a_title_names_the_articles_paper()
    {
        const string text = "# 深度解读：为什么测试时计算如此重要\n\n论文：Scaling LLM Test-Time Compute Optimally\n链接：https://arxiv.org/abs/2408.03314\n\n"
            + "## 背景\n\n过去几年，大模型的进步主要依靠扩大参数和数据。但训练成本越来越高，研究者开始关注推理阶段。\n\n"
            + "## 结论\n\n在同等计算量下，测试时计算可以让小模型超过大十四倍的模型。这意味着资源分配可能会改变。\n";
        var articles = new DigestPipelineBuilder().UseFormat(DigestFormat.Article).Build();

        var entry = articles.Parse(text).Entries.Should().ContainSingle().Subject;

        (entry.Title, entry.PaperTitle, entry.ArxivId).Should().Be(("深度解读：为什么测试时计算如此重要", "Scaling LLM Test-Time Compute Optimally", "2408.03314"));
    }
}
