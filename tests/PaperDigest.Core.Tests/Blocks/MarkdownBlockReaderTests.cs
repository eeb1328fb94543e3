using FluentAssertions;
using PaperDigest.Blocks;

namespace PaperDigest.Tests.Blocks;

public sealed class MarkdownBlockReaderTests
{
    private const string Document = """
        ---
        title: "Daily brief"
        publishedAt: "2026-02-01"
        tags: ["llm", "agent"]
        author: |
          Someone's slogan
        readTime: 7
        ---

        Setext Title
        ============

        > 来源: [AI论文简报](https://example.org/zh) | 日期: 2026-02-01

        ## 重点关注

        - **论文链接**：[arXiv](https://arxiv.org/abs/2501.00001)
          - nested item
        - second

        | 题目 | 链接 |
        |---|---|
        | Alpha | [pdf](https://arxiv.org/pdf/2501.00002) |

        ```
        # not a heading
        ```

        ---

        <details>
          <summary>Details</summary>
          <p>Inside <b>HTML</b></p>
        </details>
        """;

    [Fact]
    public void Reads_every_block_kind_with_its_original_lines()
    {
        var blocks = BlockReader.ReadMarkdown(Document).Blocks;

        blocks.Select(b => (b.Kind, b.Level, b.Text, b.Lines.StartLine, b.Lines.EndLine)).Should().Equal(
            (BlockKind.Heading, 1, "Setext Title", 10, 11),
            (BlockKind.Quote, 1, "来源: AI论文简报 | 日期: 2026-02-01", 13, 13),
            (BlockKind.Heading, 2, "重点关注", 15, 15),
            (BlockKind.ListItem, 1, "论文链接：arXiv", 17, 17),
            (BlockKind.ListItem, 2, "nested item", 18, 18),
            (BlockKind.ListItem, 1, "second", 19, 19),
            (BlockKind.TableRow, 0, "题目 | 链接", 21, 21),
            (BlockKind.TableRow, 0, "Alpha | pdf", 23, 23),
            (BlockKind.Code, 0, "# not a heading", 25, 27),
            (BlockKind.Rule, 0, "", 29, 29),
            (BlockKind.Paragraph, 0, "Details", 31, 32),
            (BlockKind.Paragraph, 0, "Inside HTML", 33, 34));
    }

    [Fact]
    public void An_ordered_item_keeps_its_number_on_its_first_paragraph()
    {
        var blocks = BlockReader.ReadMarkdown("3. Third\n\n   more of it\n4. Fourth\n\n- bullet\n").Blocks;

        blocks.Select(b => (b.Kind, b.Number, b.Text)).Should().Equal(
            (BlockKind.ListItem, 3, "Third"),
            (BlockKind.ListItem, (int?)null, "more of it"),
            (BlockKind.ListItem, 4, "Fourth"),
            (BlockKind.ListItem, (int?)null, "bullet"));
    }

    [Fact]
    public void Keeps_links_strong_labels_and_cells()
    {
        var blocks = BlockReader.ReadMarkdown(Document).Blocks;

        var label = blocks[3];
        label.Links.Should().Equal(new BlockLink("arXiv", "https://arxiv.org/abs/2501.00001", 5));
        label.Strong.Should().ContainSingle();
        label.Text.Substring(label.Strong[0].Start, label.Strong[0].Length).Should().Be("论文链接");
        blocks[6].IsHeaderRow.Should().BeTrue();
        blocks[7].Cells.Should().Equal("Alpha", "pdf");
        blocks[7].Links.Should().Equal(new BlockLink("pdf", "https://arxiv.org/pdf/2501.00002", 0));
        blocks[^1].Strong.Should().ContainSingle();
    }

    [Fact]
    public void Reads_front_matter_into_metadata()
    {
        var metadata = BlockReader.ReadMarkdown(Document).Metadata;

        metadata.Title.Should().Be("Daily brief");
        metadata.Date.Should().Be(new DateOnly(2026, 2, 1));
        metadata.Tags.Should().Equal("llm", "agent");
        metadata.Author.Should().Be("Someone's slogan");
        metadata.Other.Should().ContainKey("readTime").WhoseValue.Should().Be("7");
        metadata.Lines.Should().Be(new LineSpan(1, 8));
    }

    [Theory]
    [InlineData("# Title\n\nSome **bold** text and [a link](https://x.test).\n", FrontEndKind.Markdown)]
    [InlineData("---\ntitle: x\n---\nplain\n", FrontEndKind.Markdown)]
    [InlineData("#論文\n標題\n正文 #tag\n", FrontEndKind.Text)]
    [InlineData("推理与思维链2 篇\n#LLM #RLVR\nTL;DR:x\n", FrontEndKind.Text)]
    [InlineData("<!doctype html><html><body><p>x</p></body></html>", FrontEndKind.Html)]
    public void Chooses_the_front_end_by_content(string text, FrontEndKind expected) =>
        BlockReader.FrontEndOf(text).Should().Be(expected);

    [Fact]
    public void Hashtag_lines_of_plain_text_are_not_headings()
    {
        var blocks = BlockReader.ReadText("#論文\n# Real heading\n\n- item\n").Blocks;

        blocks.Select(b => (b.Kind, b.Text, b.Lines.StartLine)).Should().Equal(
            (BlockKind.Raw, "#論文", 1), (BlockKind.Heading, "Real heading", 2), (BlockKind.ListItem, "item", 4));
    }

    [Fact]
    public void Deep_nesting_does_not_recurse()
    {
        var text = string.Concat(Enumerable.Repeat("> ", 5_000)) + "deep\n" + new string('[', 50_000) + "\n";

        var blocks = BlockReader.ReadMarkdown(text).Blocks;

        blocks.Should().NotBeEmpty();
    }
}
