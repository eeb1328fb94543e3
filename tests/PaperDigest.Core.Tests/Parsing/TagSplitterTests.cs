using FluentAssertions;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

public sealed class TagSplitterTests
{
    [Theory]
    [InlineData("#a #b #c", new[] { "a", "b", "c" })]
    [InlineData("#LLM;RLHF;Value Model", new[] { "LLM", "RLHF", "Value Model" })]
    [InlineData("#LLMs ; MLLMs ; Hallucination ; DPO", new[] { "LLMs", "MLLMs", "Hallucination", "DPO" })]
    [InlineData("#Large Language Models,Complex Reasoning", new[] { "Large Language Models", "Complex Reasoning" })]
    [InlineData("#Large Language Models (LLMs) #Mixture-of-Experts (MoE)", new[] { "Large Language Models (LLMs)", "Mixture-of-Experts (MoE)" })]
    [InlineData("#Fine-tuning (SFT #DPO #SimPO); Data selection; Holdout loss", new[] { "Fine-tuning", "SFT", "DPO", "SimPO", "Data selection", "Holdout loss" })]
    [InlineData("＃强化学习；推理，评测、数学", new[] { "强化学习", "推理", "评测", "数学" })]
    [InlineData("#a #a #A", new[] { "a", "A" })]
    [InlineData("#  spaced   tag  #  ", new[] { "spaced   tag" })]
    [InlineData("#unclosed (x #y", new[] { "unclosed", "x", "y" })]
    [InlineData("#", new string[0])]
    public void Splits_tag_lines(string line, string[] expected)
    {
        var labels = new List<string>();

        TagSplitter.Split(line, labels);

        labels.Should().Equal(expected);
    }

    [Fact]
    public void Deep_nesting_is_bounded_and_loses_no_tag_text()
    {
        var line = "#" + string.Concat(Enumerable.Repeat("(a #b ", 5000)) + new string(')', 5000);
        var labels = new List<string>();

        TagSplitter.Split(line, labels);

        labels.Should().NotBeEmpty();
        string.Concat(labels).Should().Contain("a").And.Contain("b");
    }
}
