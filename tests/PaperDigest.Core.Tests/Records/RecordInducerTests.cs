using FluentAssertions;
using PaperDigest.Blocks;
using PaperDigest.Records;

namespace PaperDigest.Tests.Records;

/// <summary>Record induction on small documents written for these tests: the unit, the slots and the regions.</summary>
public sealed class RecordInducerTests
{
    private const string HeadedPapers = """
        # Weekly picks

        ## 1. Sparse Mixtures for Long Context [PDF](https://arxiv.org/abs/2601.00001)

        ### Authors
        Ada Lovelace, Alan Turing

        ### Background
        Long inputs are slow.

        ### Innovation
        Route tokens sparsely.

        ## 2. Cheap Verifiers for Reasoning [PDF](https://arxiv.org/abs/2601.00002)

        ### Authors
        Grace Hopper, Edsger Dijkstra

        ### Background
        Verification costs too much.

        ### Innovation
        Train a small verifier.
        """;

    [Fact]
    public void Headings_with_sub_heading_labels_are_records_and_the_labels_are_slots()
    {
        var set = RecordInducer.Induce(BlockReader.Read(HeadedPapers));

        set.Unit.Should().Be(RecordUnitKind.Heading);
        set.Level.Should().Be(2);
        set.Records.Select(r => r.Title).Should().Equal("Sparse Mixtures for Long Context", "Cheap Verifiers for Reasoning");
        set.Records.Select(r => r.Number).Should().Equal(1, 2);
        set.Records[0].Slots.Select(s => (s.Label, s.Value)).Should().Equal(
            ("Authors", "Ada Lovelace, Alan Turing"), ("Background", "Long inputs are slow."), ("Innovation", "Route tokens sparsely."));
        set.Records[1].Links.Should().ContainSingle(l => l.Kind == LinkKind.Arxiv && l.Id == "2601.00002");
        set.TemplateLabels.Should().Equal("AUTHORS", "BACKGROUND", "INNOVATION");
        set.IsPaperCatalog.Should().BeTrue();
        set.Regions.Should().ContainSingle().Which.Title.Should().Be("Weekly picks");
    }

    [Fact]
    public void Such_a_document_is_a_catalog_whatever_its_labels_are_called()
    {
        var document = Digest.Parse(HeadedPapers);

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Detection.Candidates[0].Reason.Should().StartWith("structure: 2 records (heading 2)");
        document.Entries.Select(e => e.Title).Should().Equal("Sparse Mixtures for Long Context", "Cheap Verifiers for Reasoning");
        document.Entries[0].Authors.Should().Equal("Ada Lovelace", "Alan Turing");
        document.Entries[0].GetField(EntryField.Motivation).Should().Be("Long inputs are slow.");
        document.Entries[1].GetField(new EntryField("Innovation")).Should().Be("Train a small verifier.");
        document.Entries[1].Span.Should().Be(new LineSpan(14, 23));
    }

    [Fact]
    public void Bold_labels_in_any_language_with_the_value_on_the_next_line_are_slots()
    {
        const string text = """
            ### 论文甲：稀疏注意力

            - **作者**：张三, 李四
            - **arXiv**: 2601.00003
            - **研究价值**:
              稀疏注意力让长文本更快。

            ### 论文乙：小型验证器

            - **作者**：王五, 赵六
            - **arXiv**: 2601.00004
            - **研究价值**:
              小模型也能验证推理。
            """;

        var set = RecordInducer.Induce(BlockReader.Read(text));

        set.Records.Should().HaveCount(2);
        set.Records[0].Slots.Select(s => (s.Label, s.Value)).Should().Equal(
            ("作者", "张三, 李四"), ("arXiv", "2601.00003"), ("研究价值", "稀疏注意力让长文本更快。"));
        set.Records[1].Links.Should().ContainSingle(l => l.Kind == LinkKind.Arxiv && l.Id == "2601.00004");
    }

    [Fact]
    public void Table_rows_are_records_named_by_the_header_and_other_tables_are_other_cuts()
    {
        const string text = """
            ## Papers

            | Title | Authors | PDF |
            |---|---|---|
            | Sparse Mixtures for Long Context | Ada Lovelace, Alan Turing | [2601.00001](https://arxiv.org/abs/2601.00001) |
            | Cheap Verifiers for Reasoning | Grace Hopper | [2601.00002](https://arxiv.org/abs/2601.00002) |
            | Small Models Plan Well | Edsger Dijkstra | [2601.00005](https://arxiv.org/abs/2601.00005) |

            ## Topics

            | Topic | Count |
            |---|---|
            | Efficiency | 2 |
            | Reasoning | 1 |
            """;

        var set = RecordInducer.Induce(BlockReader.Read(text));

        set.Unit.Should().Be(RecordUnitKind.TableRow);
        set.Records.Select(r => r.Title).Should().Equal("Sparse Mixtures for Long Context", "Cheap Verifiers for Reasoning", "Small Models Plan Well");
        set.Records[1].Slots.Should().Contain(new RecordSlot(RecordSlotKind.Labelled, "Authors", "Grace Hopper", new LineSpan(6, 6)));
        set.PaperShare.Should().Be(1);
    }

    [Fact]
    public void A_bold_title_in_a_table_cell_is_the_title_and_the_rest_of_the_cell_stays()
    {
        const string text = """
            | Paper | Link |
            |---|---|
            | 1) **Sparse Mixtures for Long Context** - routes tokens sparsely | [Paper](https://arxiv.org/abs/2601.00001) |
            | 2) **Cheap Verifiers for Reasoning** - a small verifier | [Paper](https://arxiv.org/abs/2601.00002) |
            """;

        var set = RecordInducer.Induce(BlockReader.Read(text));

        set.Records.Select(r => (r.Number, r.Title)).Should().Equal((1, "Sparse Mixtures for Long Context"), (2, "Cheap Verifiers for Reasoning"));
        set.Records[0].Slot(RecordSlotKind.Text)!.Value.Should().Be("routes tokens sparsely");
    }

    [Fact]
    public void Html_cards_are_records_and_a_heading_of_their_level_without_a_paper_is_a_region()
    {
        const string html = """
            <html><body>
            <h2>Overview</h2>
            <p>Two papers today.</p>
            <h2>1. Sparse Mixtures for Long Context</h2>
            <p><strong>arXiv:</strong> <a href="https://arxiv.org/abs/2601.00001">2601.00001</a></p>
            <p><strong>Summary:</strong> Route tokens sparsely to cut the cost of long inputs.</p>
            <h2>2. Cheap Verifiers for Reasoning</h2>
            <p><strong>arXiv:</strong> <a href="https://arxiv.org/abs/2601.00002">2601.00002</a></p>
            <p><strong>Summary:</strong> A small verifier checks each reasoning step.</p>
            </body></html>
            """;

        var set = RecordInducer.Induce(BlockReader.Read(html));

        set.Records.Select(r => r.Title).Should().Equal("Sparse Mixtures for Long Context", "Cheap Verifiers for Reasoning");
        set.Regions.Should().ContainSingle().Which.Title.Should().Be("Overview");
        set.Records.Should().OnlyContain(r => r.Slots.Any(s => s.Label == "Summary"));
    }

    [Fact]
    public void A_count_inside_a_field_is_text_not_a_section_or_a_boundary()
    {
        const string text = """
            ## 1. Sparse Mixtures for Long Context
            - **Authors**: Ada Lovelace, Alan Turing
            - **Summary**: Compared with 152 篇论文 of last year, the method is faster.
            - **arXiv**: 2601.00001

            ## 2. Cheap Verifiers for Reasoning
            - **Authors**: Grace Hopper, Edsger Dijkstra
            - **Summary**: 715 篇论文 were screened; a small verifier checks each step.
            - **arXiv**: 2601.00002
            """;

        var document = Digest.Parse(text);

        document.Entries.Should().HaveCount(2);
        document.Sections.Should().BeEmpty();
        document.Entries[1].GetField(new EntryField("Summary")).Should().Be("715 篇论文 were screened; a small verifier checks each step.");
        document.Entries.Should().OnlyContain(e => e.Category == null);
    }

    [Fact]
    public void A_title_with_a_colon_stays_a_line_of_its_record_and_position_types_an_author_line()
    {
        const string text = """
            ### 稀疏注意力
            9/10
            Sparse Attention: Faster Long Context
            Ada Lovelace, Alan Turing
            cs.CL cs.AI

            ### 小型验证器
            8/10
            Cheap Verifiers for Reasoning
            Grace Hopper, Edsger Dijkstra
            cs.LG

            ### 规划
            7/10
            Small Models Plan Well
            Edsger Dijkstra
            cs.AI
            """;

        var set = RecordInducer.Induce(BlockReader.Read(text));

        set.Records.Should().HaveCount(3);
        set.Records.Select(r => r.Slot(RecordSlotKind.AlternateTitle)?.Value).Should().Equal(
            "Sparse Attention: Faster Long Context", "Cheap Verifiers for Reasoning", "Small Models Plan Well");
        set.Records[2].Slot(RecordSlotKind.Authors)!.Value.Should().Be("Edsger Dijkstra");
        set.Records[1].Slot(RecordSlotKind.Categories)!.Value.Should().Be("cs.LG");
    }

    [Fact]
    public void A_heading_over_links_to_five_papers_is_a_list_of_them_not_a_paper()
    {
        var index = string.Join(" · ", Enumerable.Range(1, 5).Select(i => $"[Paper {i}](https://arxiv.org/abs/2601.0000{i})")) + "\n";
        var text = HeadedPapers + "\n## All titles\n\n" + index;

        var set = RecordInducer.Induce(BlockReader.Read(text));

        set.Records.Select(r => r.Title).Should().Equal("Sparse Mixtures for Long Context", "Cheap Verifiers for Reasoning");
        set.Regions.Select(r => r.Title).Should().Equal("Weekly picks", "All titles");
    }

    [Fact]
    public void A_document_without_a_repeated_record_has_none()
    {
        var set = RecordInducer.Induce(BlockReader.Read("# A post\n\nOne paragraph of prose about nothing in particular.\n"));

        set.Should().BeSameAs(RecordSet.None);
        set.Evidence.Should().Be("no repeated record");
    }

    [Fact]
    public void A_record_that_opens_with_a_title_label_is_titled_by_its_value()
    {
        const string text = "Daily papers\n\nTitle: Sparse Routing for Long Context\nAuthors: Ada Lovelace, Alan Turing\nLink: https://arxiv.org/abs/2601.00001\nAbstract: Sparse routing for long context.\n\n"
            + "Title: A Verifier for Each Step\nAuthors: Grace Hopper, Edsger Dijkstra\nLink: https://arxiv.org/abs/2601.00002\nAbstract: A verifier checks each step.\n\n"
            + "Title: Memory That Grows\nAuthors: Barbara Liskov\nLink: https://arxiv.org/abs/2601.00003\nAbstract: Memory grows with tasks.\n";

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Select(e => (e.Title, e.ArxivId, string.Join(", ", e.Authors), e.Abstract)).Should().Equal(
            ("Sparse Routing for Long Context", "2601.00001", "Ada Lovelace, Alan Turing", "Sparse routing for long context."),
            ("A Verifier for Each Step", "2601.00002", "Grace Hopper, Edsger Dijkstra", "A verifier checks each step."),
            ("Memory That Grows", "2601.00003", "Barbara Liskov", "Memory grows with tasks."));
    }

    [Fact]
    public void Records_between_rules_whose_first_line_names_nothing_take_the_title_label()
    {
        // The shape of a mailing-list listing: a rule, a marker line, the id and date, then labelled head lines.
        var text = "Submissions received today\n\n" + string.Concat(new[] { "Sparse Routing for Long Context", "A Verifier for Each Step", "Memory That Grows" }.Select((title, i) =>
            $"------------------------------------------------------------------------------\n\\\\\narXiv:2501.0000{i + 1}\nDate: Mon, 30 Dec 2024 12:00:00 GMT\n\n"
            + $"Title: {title}\nAuthors: Ada Lovelace, Alan Turing\nCategories: cs.CL cs.AI\n\\\\\n  We study it on four benchmarks.\n"))
            + "------------------------------------------------------------------------------\n";

        var records = RecordInducer.Induce(BlockReader.Read(text));

        records.Unit.Should().Be(RecordUnitKind.RuleSeparated);
        records.Records.Select(r => (r.Title, r.Links.Single(l => l.Kind == LinkKind.Arxiv).Id)).Should().Equal(
            ("Sparse Routing for Long Context", "2501.00001"), ("A Verifier for Each Step", "2501.00002"), ("Memory That Grows", "2501.00003"));
        Digest.Parse(text).Entries.Select(e => (e.Title, e.Category, string.Join(", ", e.Authors))).Should().Equal(
            ("Sparse Routing for Long Context", "cs.CL", "Ada Lovelace, Alan Turing"),
            ("A Verifier for Each Step", "cs.CL", "Ada Lovelace, Alan Turing"),
            ("Memory That Grows", "cs.CL", "Ada Lovelace, Alan Turing"));
    }

    [Fact]
    public void A_numbered_group_after_numbered_paper_sections_gives_its_headline_sub_sections_as_papers()
    {
        const string text = """
            # Tracking planning papers

            ## Papers

            ### 1. Orion: Planning with Learned World Models

            - 论文链接: https://arxiv.org/abs/2601.01234
            - 作者: Ada Lovelace, Alan Turing

            A planner over a learned model.

            ### 2. Vega: Pruning Without Loss

            - 论文链接: https://arxiv.org/abs/2601.02345
            - 作者: Grace Hopper, Edsger Dijkstra

            Half the weights, the same accuracy.

            ### 3. Atlas: A Dataset of Robot Grasps

            - 论文链接: https://arxiv.org/abs/2601.03456
            - 作者: Barbara Liskov, Donald Knuth

            Ten thousand grasps on three robots.

            ### 4. Other work this month

            #### Lyra: Streaming Answers from Small Models

            - 时间: 2026-01-07
            - 核心: answers appear as they are written

            #### Nova: Faster Tokenizers for Long Documents

            - 时间: 2026-01-09
            - 核心: twice as fast on long files

            ## Trends

            ### Planning is back

            Three of the papers plan over learned models.
            """;

        var set = RecordInducer.InducePaperSections(BlockReader.Read(text));

        set.Records.Select(r => (r.Title, r.IsPaper)).Should().Equal(
            ("Orion: Planning with Learned World Models", true),
            ("Vega: Pruning Without Loss", true),
            ("Atlas: A Dataset of Robot Grasps", true),
            ("Lyra: Streaming Answers from Small Models", false),
            ("Nova: Faster Tokenizers for Long Documents", false));
        set.Regions[set.Records[3].RegionIndex!.Value].Title.Should().Be("Other work this month", "the group is the region its papers lie in");
    }

    [Fact]
    public void A_number_badge_before_every_rows_title_is_no_part_of_the_titles()
    {
        const string html = """
            <!DOCTYPE html>
            <html><body>
            <table><thead><tr><th>标题</th><th>摘要</th><th>来源</th></tr></thead><tbody>
            <tr><td><span class="badge">5</span> <span>example/fast-kernels</span></td><td>快速的矩阵内核。</td><td><a href="https://github.com/example/fast-kernels">GitHub</a></td></tr>
            <tr><td><span class="badge">4</span> <span>3D scenes from one photo</span></td><td>从一张照片重建场景。</td><td><a href="https://news.example.com/a/2">晨星科技</a></td></tr>
            <tr><td><span class="badge">12</span> <span>A planner that remembers</span></td><td>规划器记住目标。</td><td><a href="https://news.example.com/a/3">北辰评论</a></td></tr>
            </tbody></table>
            </body></html>
            """;

        var set = RecordInducer.InduceItems(BlockReader.Read(html));

        set.Records.Select(r => r.Title).Should().Equal("example/fast-kernels", "3D scenes from one photo", "A planner that remembers");
    }
}
