using System.Diagnostics;
using FluentAssertions;
using PaperDigest.Blocks;
using PaperDigest.Evaluation;

namespace PaperDigest.Tests.Hardening;

/// <summary>
/// Round three of the hostile inputs (docs/reliability.md, section 6b) outside the HTML tree builder: images kept,
/// taxonomies and suggestions whose ids or labels collide, long inline runs. Sizes are where a quadratic pass would
/// take seconds and a linear one milliseconds; the full-size inputs run in <c>hostile.sh</c>.
/// </summary>
public sealed class HostileRoundThreeTests
{
    [Fact]
    public void A_markdown_image_keeps_its_address_as_an_image_link_and_its_line()
    {
        var text = "# 今日概览\n\n## 重点关注\n\n" + string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"{i}. Model {i} ships today with better results\n   Summary of item {i}. https://news.example.com/{i}\n   ![Figure {i}](https://img.example.com/{i}.png)\n\n"));

        var document = Digest.Parse(text);

        document.Entries.Should().HaveCount(4);
        document.Entries[3].Links.Should().ContainEquivalentOf(new DigestLink(LinkKind.Image, null, "https://img.example.com/4.png"));
        DigestAccounting.UnaccountedLines(document, text).Should().BeEmpty();
    }

    [Fact]
    public void An_html_image_with_alt_text_is_kept_and_one_without_is_decoration()
    {
        var html = "<!DOCTYPE html><html><head><title>t</title></head><body><article><h2>Sparse attention at scale</h2>"
            + "<p>We study sparse attention. <img alt=\"Figure 1: the architecture\" src=\"https://img.example.com/f1.png\"><img src=\"https://tracker.example.com/p.gif\"></p></article></body></html>";

        var block = BlockReader.ReadHtml(html).Blocks.Single(b => b.Images.Count > 0);

        block.Images.Should().ContainSingle().Which.Should().Be(new BlockLink("Figure 1: the architecture", "https://img.example.com/f1.png", block.Text.Length));
    }

    [Fact]
    public void Twenty_thousand_image_only_paragraphs_join_the_paragraph_before_them_in_linear_time()
    {
        var text = "---\ntitle: Figures\n---\n\nA paragraph of text.\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"![f{i}](https://img.example.com/{i}.png)\n\n"));
        var watch = Stopwatch.StartNew();

        var block = BlockReader.ReadMarkdown(text).Blocks.Single(b => b.Images.Count > 0);

        block.Images.Should().HaveCount(20_000);
        block.Images[^1].Should().Be(new BlockLink("f19999", "https://img.example.com/19999.png", "A paragraph of text.".Length));
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "copying the image list per paragraph made this quadratic");
    }

    [Fact]
    public void A_line_of_twenty_thousand_labelled_fields_and_one_of_twenty_thousand_bars_read_in_linear_time()
    {
        var fields = string.Concat(Enumerable.Range(0, 20_000).Select(f => $"｜字段{f}：甲"));
        var bars = string.Concat(Enumerable.Repeat(" | x", 20_000));
        var text = "# P\n\n" + string.Concat(Enumerable.Range(0, 3).Select(i =>
            $"## Paper {i} on sparse attention\n\n作者：Ann Lee, Bo Chen{bars}\n\n机构：乙{fields}\n\n链接：https://arxiv.org/abs/2601.0000{i}\n\n"));
        var watch = Stopwatch.StartNew();

        var records = PaperDigest.Records.RecordInducer.Induce(BlockReader.ReadMarkdown(text)).Records;

        records.Should().HaveCount(3);
        records[2].Slots.Count(s => s.Label?.StartsWith("字段", StringComparison.Ordinal) == true).Should().Be(20_000, "each field of the line is a slot of its own");
        records[2].Slots[0].Value.Should().EndWith(" | x", "bars without a label after them stay in the value");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a label looked for to the end of the line after every bar is quadratic");
    }

    [Fact]
    public void Forty_thousand_suggestions_whose_ids_collide_take_linear_time_and_distinct_ids()
    {
        // '#ab∀∀cd', '#ab∀∃cd', …: distinct keys, one id stem 'ab-cd'.
        var labels = Enumerable.Range(0, 20_000).Select(i => $"ab{(char)(0x2200 + i % 200)}{(char)(0x2200 + i / 200)}cd").ToList();
        var watch = Stopwatch.StartNew();

        var suggestions = TagTaxonomy.BuiltIn.SuggestConcepts(labels);

        suggestions.Select(s => s.Concept.Id).Should().OnlyHaveUniqueItems().And.Contain("ab-cd").And.Contain("ab-cd-2");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a scan per id made this quadratic (40k took 53 s)");
    }

    [Fact]
    public void A_label_claimed_by_many_concepts_is_one_conflict_naming_ten_of_them()
    {
        var builder = new TagTaxonomyBuilder();
        for (var i = 0; i < 30_000; i++)
        {
            builder.Add(new TagConcept($"c{i}") { PrefLabels = new Dictionary<string, string> { ["en"] = $"concept {i}" }, AltLabels = ["shared"] });
        }

        var taxonomy = builder.Build();

        var conflict = taxonomy.Issues.Should().ContainSingle(i => i.Kind == TaxonomyIssueKind.LabelConflict).Subject;
        conflict.ConceptIds.Should().HaveCount(30_000);
        conflict.Message.Should().Be("The label key 'shared' is claimed by 'c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9' and 29990 more; it resolves to none of them.");
        taxonomy.TryResolve("shared", out _).Should().BeFalse();
    }

    [Fact]
    public void A_run_of_unclosed_link_openings_is_read_as_text_with_a_warning_and_closed_links_stay_links()
    {
        var text = "---\ntitle: Notes\n---\n\n# Notes\n\n" + string.Concat(Enumerable.Repeat("[a](b", 20_000)) + "\n\n"
            + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"[p{i}](https://example.org/{i})")) + "\n";

        var blocks = BlockReader.ReadMarkdown(text);

        blocks.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("A run of 100000 characters without white space holds 20000 link openings '](' that never close; it is read as text.");
        blocks.Diagnostics[0].Line.Should().Be(7);
        blocks.Blocks.Should().Contain(b => b.Text.StartsWith("[a](b[a](b", StringComparison.Ordinal));
        blocks.Blocks.Should().Contain(b => b.Links.Count == 2_000);
    }

    [Fact]
    public void A_paragraph_of_many_strong_runs_is_written_with_every_mark()
    {
        var html = "<!DOCTYPE html><html><head><title>t</title></head><body><p>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<strong>w{i % 10}</strong> ")) + "</p></body></html>";

        var written = BlockText.Render(BlockReader.ReadHtml(html)).Text;

        written.Split("**w", StringSplitOptions.None).Length.Should().Be(20_001);
    }
}
