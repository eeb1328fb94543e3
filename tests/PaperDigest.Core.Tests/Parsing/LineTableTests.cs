using FluentAssertions;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

public sealed class LineTableTests
{
    [Theory]
    [InlineData("a\nb\nc", new[] { "a", "b", "c" })]
    [InlineData("a\r\nb\rc\n", new[] { "a", "b", "c" })]
    [InlineData("\n\n", new[] { "", "" })]
    [InlineData("", new string[0])]
    [InlineData("only", new[] { "only" })]
    public void Splits_on_lf_crlf_and_cr(string text, string[] lines)
    {
        var table = LineTable.Build(text);

        Enumerable.Range(0, table.Count).Select(i => table[i].ToString()).Should().Equal(lines);
    }

    [Fact]
    public void Grows_past_its_initial_capacity_and_finds_non_blank_lines()
    {
        var text = string.Join('\n', Enumerable.Range(0, 1001).Select(i => i % 3 == 0 ? "" : "x"));

        var table = LineTable.Build(text);

        table.Count.Should().Be(1001);
        table.NextNonBlank(0).Should().Be(1);
        table.NextNonBlank(3).Should().Be(4);
        table.Start(1).Should().Be(1);
        table.End(1).Should().Be(2);
    }
}
