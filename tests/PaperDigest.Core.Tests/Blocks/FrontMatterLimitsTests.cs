using FluentAssertions;
using Xunit;

namespace PaperDigest.Tests.Blocks;

/// <summary>
/// YAML front matter is read as events, without building a tree: keys with scalars and lists of scalars become the
/// metadata; nesting past 64 levels and more than 64 aliases leave it unread, without recursion or expansion.
/// </summary>
public sealed class FrontMatterLimitsTests
{
    [Fact]
    public void Keys_scalars_and_lists_of_scalars_are_read_and_nested_values_passed_over()
    {
        const string text = "---\ntitle: Weekly notes\ntags: [RL, agents]\nauthor:\n  name: Ada\n  site: example\ndate: 2026-01-05\n---\n\n# Weekly notes\n\nSome text here. More text.\n";

        var document = Digest.Parse(text);

        document.Title.Should().Be("Weekly notes");
        document.Date.Should().Be(new DateOnly(2026, 1, 5));
        document.Tags.Select(t => t.Label).Should().Contain(["RL", "agents"]);
    }

    [Fact]
    public void Front_matter_nested_65000_deep_is_left_unread_without_recursion()
    {
        var text = "---\nk: " + new string('[', 65_000) + "x" + new string(']', 65_000) + "\ntitle: deep\n---\n\n# Notes\n\nSome text here. More text.\n";

        var document = Digest.Parse(text);

        document.Title.Should().Be("Notes", "the front matter is refused, the document is read");
        document.Entries.Should().ContainSingle();
    }

    [Fact]
    public void An_alias_bomb_is_counted_not_expanded()
    {
        var text = "---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(1, 29).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"))
            + "title: bomb\n---\n\n# Notes\n\nSome text here. More text.\n";

        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = Digest.Parse(text);

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(50_000_000, "10^29 expansions would never end");
        document.Entries.Should().ContainSingle();
    }

    [Theory]
    [InlineData("<!-- draft")]
    [InlineData("<script>")]
    [InlineData("<style type=\"text/css\">")]
    public void An_unclosed_comment_or_raw_text_element_warns_and_keeps_what_follows(string opening)
    {
        var text = "---\ntitle: Notes\n---\n\n" + opening + "\n\n# 今日概览\n\n## 重点关注\n\n"
            + string.Concat(Enumerable.Range(1, 12).Select(i => $"{i}. Model {i} ships today with better results\n   Summary of item {i}.\n\n"));

        var document = Digest.Parse(text);

        document.Entries.Should().HaveCount(12);
        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnclosedMarkup).Which.Line.Should().Be(5);
    }

    [Fact]
    public void A_closed_comment_is_no_warning()
    {
        var document = Digest.Parse("# Notes\n\n<!-- a note -->\n\nSome text here. More text.\n");

        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnclosedMarkup);
    }

    [Fact]
    public void Link_reference_definitions_are_blocks_with_their_links()
    {
        const string text = "# Notes\n\n## Papers\n\n- **Orion** reads [the Orion paper][orion].\n- **Vega** prunes weights.\n\n[orion]: https://arxiv.org/abs/2401.00001 \"Orion\"\n[extra]: https://arxiv.org/abs/2401.00002\n";

        var blocks = PaperDigest.Blocks.BlockReader.Read(text).Blocks;

        blocks.Where(b => b.Text.StartsWith('[')).Select(b => (b.Text, b.Links.Single().Target, b.Lines.StartLine)).Should().Equal(
            ("[orion]: https://arxiv.org/abs/2401.00001", "https://arxiv.org/abs/2401.00001", 8),
            ("[extra]: https://arxiv.org/abs/2401.00002", "https://arxiv.org/abs/2401.00002", 9));
    }
}
