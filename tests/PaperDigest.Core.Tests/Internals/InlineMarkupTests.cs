using FluentAssertions;
using PaperDigest.Internals;

namespace PaperDigest.Tests.Internals;

public sealed class InlineMarkupTests
{
    [Theory]
    [InlineData("a **bold** word", "a bold word")]
    [InlineData("C**urvature-G**uided", "Curvature-Guided")]
    [InlineData("__strong__ start", "strong start")]
    [InlineData("see [the paper](https://arxiv.org/abs/2601.00001) now", "see the paper now")]
    [InlineData("![figure](fig.png)caption", "caption")]
    [InlineData("<font color=\"red\">作者：</font>张三", "作者：张三")]
    public void Removes_complete_constructs(string text, string plain) => InlineMarkup.Plain(text).Should().Be(plain);

    [Theory]
    [InlineData("2**3 is eight")]
    [InlineData("a ** b")]
    [InlineData("a lone ** mark")]
    [InlineData("snake_case__names")]
    [InlineData("x < y and y > z")]
    [InlineData("[1] a citation")]
    [InlineData("[link text](message idx)")]
    [InlineData("#hashtag")]
    [InlineData("# a code comment")]
    [InlineData("a direct *</think>* append")]
    public void Keeps_text_that_only_looks_like_markup(string text) => InlineMarkup.Plain(text).Should().BeSameAs(text);

    [Theory]
    [InlineData("## 1. Title", "1. Title")]
    [InlineData("### **Bold** title", "Bold title")]
    [InlineData("#hashtag title", "#hashtag title")]
    [InlineData("C# in depth", "C# in depth")]
    public void A_title_loses_its_heading_marks(string title, string plain) => InlineMarkup.PlainTitle(title).Should().Be(plain);

    [Fact]
    public void Is_linear_in_a_line_of_many_marks()
    {
        var text = string.Concat(Enumerable.Repeat("**a ", 50_000));

        InlineMarkup.Plain(text)!.Length.Should().Be(text.Length - (2 * 50_000));
    }
}
