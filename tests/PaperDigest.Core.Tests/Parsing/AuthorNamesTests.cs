using FluentAssertions;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

public sealed class AuthorNamesTests
{
    [Theory]
    [InlineData("Neil Joshi,Joshua Carney,Homer Li", new[] { "Neil Joshi", "Joshua Carney", "Homer Li" })]
    [InlineData("*Chen Wei*", new[] { "Chen Wei" })]
    [InlineData("Jiayang Li, Shuo Cao, Jian Zhang et al.", new[] { "Jiayang Li", "Shuo Cao", "Jian Zhang" })]
    [InlineData("张三、李四等", new[] { "张三", "李四" })]
    [InlineData("The Verkor Team : Ravi Krishna, David Chin", new[] { "The Verkor Team", "Ravi Krishna", "David Chin" })]
    public void A_line_of_names_is_an_author_list(string line, string[] names)
    {
        AuthorNames.TryRead(line, out var read).Should().BeTrue();

        read.Should().Equal(names);
    }

    [Theory]
    [InlineData("High 2605.04405")]
    [InlineData("Main category: cs.CV")]
    [InlineData("Note : see the code : here")]
    [InlineData("We propose a new method. It works.")]
    [InlineData("[arXiv](https://arxiv.org/abs/2605.04405)")]
    public void A_line_with_digits_a_colon_sentences_or_links_is_not(string line) =>
        AuthorNames.TryRead(line, out _).Should().BeFalse();
}
