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
}
