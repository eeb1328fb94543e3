using FluentAssertions;
using PaperDigest.Blocks;

namespace PaperDigest.Tests.Blocks;

public sealed class HtmlBlockReaderTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
        <title>Catalog page</title>
        <meta property="og:url" content="https://example.org/daily">
        <meta property="og:site_name" content="Example Daily">
        <meta name="keywords" content="llm, agents">
        <meta property="article:published_time" content="2026-05-07T08:00:00Z">
        <script>document.write("injected")</script>
        </head>
        <body>
        <h2>视觉理解 <small>29 篇</small></h2>
        <div class="authors">Ann Lee, Bo Chen</div>
        <p>First <strong>论文链接</strong>：<a href="https://arxiv.org/abs/2605.00001">arXiv</a>
        continues here</p>
        <ul>
          <li>one
            <ul><li>nested</li></ul>
          </li>
        </ul>
        <table><tr><th>题目</th><th>链接</th></tr>
        <tr><td>Alpha</td><td><a href="https://arxiv.org/abs/2605.00002">abs</a></td></tr></table>
        <pre>code
        line</pre>
        <hr>
        </body></html>
        """;

    [Fact]
    public void Reads_blocks_with_source_lines()
    {
        var blocks = BlockReader.ReadHtml(Page).Blocks;

        blocks.Select(b => (b.Kind, b.Level, b.Text, b.Lines.StartLine, b.Lines.EndLine)).Should().Equal(
            (BlockKind.Heading, 2, "视觉理解 29 篇", 11, 11),
            (BlockKind.Paragraph, 0, "Ann Lee, Bo Chen", 12, 12),
            (BlockKind.Paragraph, 0, "First 论文链接：arXiv continues here", 13, 14),
            (BlockKind.ListItem, 1, "one", 16, 16),
            (BlockKind.ListItem, 2, "nested", 17, 17),
            (BlockKind.TableRow, 0, "题目 | 链接", 20, 20),
            (BlockKind.TableRow, 0, "Alpha | abs", 21, 21),
            (BlockKind.Code, 0, "code\nline", 22, 23),
            (BlockKind.Rule, 0, "", 24, 24));
        blocks.Should().NotContain(b => b.Text.Contains("injected"));
    }

    [Fact]
    public void Keeps_links_strong_runs_and_head_metadata()
    {
        var document = BlockReader.ReadHtml(Page);

        var paragraph = document.Blocks[2];
        paragraph.Links.Should().Equal(new BlockLink("arXiv", "https://arxiv.org/abs/2605.00001", 11));
        paragraph.Text.Substring(paragraph.Strong[0].Start, paragraph.Strong[0].Length).Should().Be("论文链接");
        document.Blocks[6].IsHeaderRow.Should().BeFalse();
        document.Blocks[5].IsHeaderRow.Should().BeTrue();
        document.Blocks[6].Links.Should().Equal(new BlockLink("abs", "https://arxiv.org/abs/2605.00002"));
        document.Metadata.Title.Should().Be("Catalog page");
        document.Metadata.Url.Should().Be("https://example.org/daily");
        document.Metadata.SiteName.Should().Be("Example Daily");
        document.Metadata.Tags.Should().Equal("llm", "agents");
        document.Metadata.Date.Should().Be(new DateOnly(2026, 5, 7));
    }

    [Fact]
    public void Deep_nesting_is_read_without_recursion()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 2_000)) + "deep text" + "</body></html>";

        var blocks = BlockReader.ReadHtml(html).Blocks;

        blocks.Should().ContainSingle().Which.Text.Should().Be("deep text");
    }

    [Fact]
    public void Buttons_are_read_as_separate_words_and_an_arxiv_id_in_markup_is_a_link()
    {
        const string html = "<html><body><div><button>应用</button><button>视觉理解</button> <span>High</span>"
            + "<button>#Deepfake Detection</button><button>#LLM</button></div>"
            + "<p>Paper <button data-arxiv-id=\"2512.15052v1\" onclick=\"x()\">☆</button></p></body></html>";

        var blocks = BlockReader.ReadHtml(html).Blocks;

        blocks.Select(b => b.Text).Should().Equal("应用 视觉理解 High #Deepfake Detection #LLM", "Paper arXiv:2512.15052v1 ☆");
        blocks[1].Links.Should().Equal(new BlockLink("arXiv:2512.15052v1", "https://arxiv.org/abs/2512.15052v1", 6));
    }

    [Fact]
    public void A_table_cell_of_repeated_chips_is_a_comma_list_and_a_row_keeps_an_arxiv_id_from_markup()
    {
        const string html = "<table><tr><th>题目</th><th>标签</th><th>⭐</th></tr><tr><td>Alpha</td>"
            + "<td class=tags><span class=tag>large language model</span> <span class=tag>multimodal</span></td>"
            + "<td><button data-arxiv-id=\"2512.15052v1\">☆</button></td></tr></table>";

        var row = BlockReader.ReadHtml(html).Blocks[1];

        row.Cells.Should().Equal("Alpha", "large language model, multimodal", "☆ arXiv:2512.15052v1");
        row.Links.Should().Equal(new BlockLink("arXiv:2512.15052v1", "https://arxiv.org/abs/2512.15052v1"));
    }

    [Fact]
    public void A_table_row_is_read_in_one_walk_with_links_in_document_order_hidden_text_left_out_and_lines_counted()
    {
        const string html = "<table>\n<tr><td><b>Alpha</b> <a href=\"https://example.org/a\">one\n two</a>"
            + "<script>var hidden = 1;\n</script></td>\n"
            + "<td><span data-arxiv=\"2605.00003\">x</span><a href=\"https://example.org/b\">b</a></td></tr>\n"
            + "</table>\n<p>after</p>";

        var blocks = BlockReader.ReadHtml(html).Blocks;

        blocks[0].Cells.Should().Equal("Alpha one two", "xb arXiv:2605.00003");
        blocks[0].Links.Should().Equal(
            new BlockLink("one two", "https://example.org/a"),
            new BlockLink("b", "https://example.org/b"),
            new BlockLink("arXiv:2605.00003", "https://arxiv.org/abs/2605.00003"));
        blocks[0].Lines.Should().Be(new LineSpan(2, 5));
        blocks[1].Text.Should().Be("after");
        blocks[1].Lines.StartLine.Should().Be(7);
    }

    [Fact]
    public void A_description_list_reads_each_term_as_an_item_with_its_descriptions_one_level_in_and_gives_one_paper_per_term()
    {
        const string html = "<html><body><h1>Accepted papers</h1><dl>"
            + "<dt><a href=\"https://arxiv.org/abs/2503.40001\">Graph Transformers at Scale</a></dt><dd>Wei Zhang, Olga Petrova</dd><dd>We train graph transformers.</dd>"
            + "<dt><a href=\"https://arxiv.org/abs/2503.40002\">Causal Probing of Language Models</a></dt><dd>Sam Green, Ivy Chen</dd><dd>Probing finds syntax.</dd>"
            + "<dt><a href=\"https://arxiv.org/abs/2503.40003\">Federated Fine-Tuning with Adapters</a></dt><dd>Rita Gomez</dd><dd>Adapters cut traffic.</dd>"
            + "</dl></body></html>";

        var blocks = BlockReader.ReadHtml(html).Blocks;
        var document = Digest.Parse(html);

        blocks.Skip(1).Select(b => (b.Kind, b.Level)).Should().Equal(
            (BlockKind.ListItem, 1), (BlockKind.ListItem, 2), (BlockKind.ListItem, 2),
            (BlockKind.ListItem, 1), (BlockKind.ListItem, 2), (BlockKind.ListItem, 2),
            (BlockKind.ListItem, 1), (BlockKind.ListItem, 2), (BlockKind.ListItem, 2));
        document.Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.ArxivId)).Should().Equal(
            ("Graph Transformers at Scale", "Wei Zhang|Olga Petrova", "2503.40001"),
            ("Causal Probing of Language Models", "Sam Green|Ivy Chen", "2503.40002"),
            ("Federated Fine-Tuning with Adapters", "Rita Gomez", "2503.40003"));
    }
}
