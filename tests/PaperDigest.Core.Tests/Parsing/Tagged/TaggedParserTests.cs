using FluentAssertions;

namespace PaperDigest.Tests.Parsing.Tagged;

public sealed class TaggedParserTests
{
    [Fact]
    public void Tag_line_title_body_pairs_publishers_and_leads()
    {
        var document = Digest.Parse(Fixtures.Read("tagged/basic.txt"));

        document.Format.Should().Be(DigestFormat.Tagged);
        document.Tags.Should().Equal(
            new DigestTag("论文", "papers") { IsMapped = true }, new DigestTag("大模型", "large-language-models") { IsMapped = true });
        document.HeaderSpan.Should().Be(new LineSpan(1, 1));
        document.Entries.Select(e => (e.Title, e.Publisher, e.Span)).Should().Equal(
            ("小模型自检能力研究发布:7B模型学会给自己打分", "示例科技", new LineSpan(2, 3)),
            ("位置编码才是长文本检索的瓶颈", "示例周刊", new LineSpan(4, 5)),
            (null, "示例日报", new LineSpan(6, 6)));

        var first = document.Entries[0];
        first.Kind.Should().Be(EntryKind.Article);
        first.Body.Should().StartWith("研究团队近日公开").And.EndWith("推广到代码生成任务上。");
        first.Summary.Should().BeNull();
        first.PaperTitle.Should().Be("Short Rollouts Teach Small Models to Check Their Arithmetic");
        first.Links.Should().Equal(
            new DigestLink(LinkKind.Arxiv, "2511.01234", "https://arxiv.org/abs/2511.01234"),
            new DigestLink(LinkKind.GitHub, "example/short-verify", "https://github.com/example/short-verify"));

        var second = document.Entries[1];
        second.Summary.Should().Be("一篇新论文把长上下文检索失败的原因指向了位置编码,而不是注意力的容量。");
        second.Body.Should().StartWith("【示例周刊导读】").And.EndWith("作者认为还需要更多实验来验证。");

        document.Diagnostics.Should().Equal(new DigestDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.BodyWithoutTitle,
            "An article body with no title line before it; kept as an entry without title.", 6));
    }

    [Fact]
    public void A_title_without_body_is_kept_with_a_diagnostic()
    {
        var document = Digest.Parse(Fixtures.Read("tagged/basic.txt") + "\n结尾处只剩一个标题\n");

        document.Entries[^1].Title.Should().Be("结尾处只剩一个标题");
        document.Entries[^1].Body.Should().BeNull();
        document.Diagnostics.Select(d => (d.Code, d.Line)).Should().Contain((DiagnosticCodes.TitleWithoutBody, 8));
    }
}
