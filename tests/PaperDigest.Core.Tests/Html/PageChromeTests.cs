using FluentAssertions;
using PaperDigest.Blocks;
using PaperDigest.Tests.Corpus;
using Xunit;

namespace PaperDigest.Tests.Html;

/// <summary>A form, nav or aside that holds the page's content is read; a menu or a side bar is still skipped.</summary>
public sealed class PageChromeTests
{
    [CorpusTheory]
    [InlineData("form")]
    [InlineData("nav")]
    [InlineData("aside")]
    public void A_page_wrapped_in_a_form_nav_or_aside_loses_nothing(string wrapper)
    {
        var page = CorpusFiles.Read("catalog-sample.html");
        var body = page.IndexOf("<body", StringComparison.Ordinal);
        var open = page.IndexOf('>', body) + 1;
        var wrapped = page[..open] + $"<{wrapper}>" + page[open..].Replace("</body>", $"</{wrapper}></body>", StringComparison.Ordinal);

        var document = Digest.Parse(wrapped);

        document.Entries.Should().HaveCount(Digest.Parse(page).Entries.Count).And.HaveCount(9);
    }

    [Fact]
    public void A_menu_and_a_side_bar_beside_the_content_are_still_skipped()
    {
        const string html = """
            <html><body>
            <nav><a href="/">Home</a> <a href="/about">About</a></nav>
            <main><h1>Weekly notes</h1><p>Orion learns to plan over long horizons, and the notes say how it was measured.</p>
            <p>Vega prunes half of its weights and keeps its accuracy on every benchmark it was tried on.</p></main>
            <aside>Related: other weeks</aside>
            </body></html>
            """;

        var text = string.Join('\n', BlockReader.Read(html).Blocks.Select(b => b.Text));

        text.Should().Contain("Orion learns to plan").And.NotContain("About").And.NotContain("other weeks");
    }

    [Fact]
    public void A_table_cell_nested_60000_deep_is_read_without_recursion()
    {
        var html = "<html><body><!--><table><tr><th>Title</th><th>Link</th></tr><tr><td>" + string.Concat(Enumerable.Repeat("<span>", 60_000)) + "Paper A"
            + string.Concat(Enumerable.Repeat("</span>", 60_000)) + "</td><td>x</td></tr><tr><td>Paper B</td><td>y</td></tr></table></body></html>";

        var rows = BlockReader.Read(html).Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();

        rows.Select(r => r.Cells[0]).Should().Equal("Title", "Paper A", "Paper B");
    }
}
