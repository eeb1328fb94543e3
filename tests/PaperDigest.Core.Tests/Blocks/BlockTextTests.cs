using FluentAssertions;
using PaperDigest.Blocks;

namespace PaperDigest.Tests.Blocks;

/// <summary>How the blocks of a Markdown file are written for the line-based layout parsers.</summary>
public sealed class BlockTextTests
{
    [Fact]
    public void Writes_headings_numbered_and_bulleted_items_strong_labels_and_links_as_light_markdown()
    {
        const string markdown = "Title\n=====\n\n1. **论文链接**：[arXiv](https://arxiv.org/abs/2501.00001)\n2. [**Bold link**](https://example.org/b)\n\n- a\n- b\n\n[back](#top) \\# not a heading\n";

        var text = BlockText.Render(BlockReader.ReadMarkdown(markdown)).Text;

        text.Should().Be("# Title\n\n1. **论文链接**：[arXiv](https://arxiv.org/abs/2501.00001)\n2. **[Bold link](https://example.org/b)**\n\n- a\n- b\n\n[back](#top) # not a heading\n");
    }

    [Fact]
    public void Maps_written_lines_back_to_the_source_and_covers_front_matter_and_raw_html_lines()
    {
        const string markdown = "---\ntitle: T\n---\n\nline one\\\nline two\n\n<div>\n<p>inside</p>\n</div>\n";

        var written = BlockText.Render(BlockReader.ReadMarkdown(markdown));

        written.Text.Should().Be("line one\nline two\n\ninside\n");
        written.Map(new LineSpan(1, 2)).Should().Be(new LineSpan(5, 6));
        written.Map(new LineSpan(4, 4)).Should().Be(new LineSpan(8, 10), "the <div> lines belong to the block read from them");
        written.Metadata.Lines.Should().Be(new LineSpan(1, 3));
    }

    [Fact]
    public void A_strong_run_that_straddles_a_link_is_written_without_its_marks()
    {
        var block = new DigestBlock
        {
            Kind = BlockKind.Paragraph,
            Text = "see paper now",
            Links = [new BlockLink("paper", "https://example.org/p", 4)],
            Strong = [(0, 6)],
            Lines = new LineSpan(1, 1),
        };

        var text = BlockText.Render(new BlockDocument(FrontEndKind.Markdown, [block], DocumentMetadata.None)).Text;

        text.Should().Be("see [paper](https://example.org/p) now\n");
    }

    [Fact]
    public void Detection_text_leaves_code_blocks_out()
    {
        const string markdown = "# Layout notes\n\nThe catalog writes its fields like this:\n\n```\n🎯 研究动机<text>\n🛠️ 主要方法<text>\n```\n\nThat is all.\n";

        var written = BlockText.Render(BlockReader.ReadMarkdown(markdown));

        written.Text.Should().Contain("🎯 研究动机<text>");
        written.DetectionText.Should().Be("# Layout notes\n\nThe catalog writes its fields like this:\n\nThat is all.\n\n");
    }
}
