using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// The catalogs of variants2 (generators the parsers were not written against), read by their structure: the entry
/// counts of the corpus README and the facts of their gold files.
/// </summary>
public sealed class Variants2CatalogCorpusTests
{
    [CorpusTheory]
    [InlineData("variants2/catalog/arxivpapers-site-2026-03-02.html", 150)]
    [InlineData("variants2/catalog/cvarxivdaily-2022-01-07-readme.md", 137)]
    [InlineData("variants2/catalog/dailypaperreader-2604.01841.md", 1)]
    [InlineData("variants2/catalog/doragd-arxiv-2026-01-01.html", 82)]
    [InlineData("variants2/catalog/hfdaily-cn-2025-01-15.html", 10)]
    [InlineData("variants2/catalog/vollero-hfdaily-2026-07-14.md", 19)]
    [InlineData("variants2/catalog/whiteplus-arxiv-2025-08-23.md", 10)]
    [InlineData("variants2/catalog/whiteplus-arxiv-2025-08-23.html", 10)]
    public void Every_paper_record_is_an_entry_with_a_title_and_an_arxiv_id(string file, int papers)
    {
        var document = CorpusFiles.Parse(file);

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Should().HaveCount(papers);
        document.Entries.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Title) && e.ArxivId != null);
    }

    [CorpusFact]
    public void Cards_in_three_tiers_give_each_paper_its_translated_title_authors_category_and_abstract()
    {
        var document = CorpusFiles.Parse("variants2/catalog/doragd-arxiv-2026-01-01.html");

        var second = document.Entries[1];
        second.Title.Should().Be("一模型多心智：用于群体智能的贝叶斯Transformer");
        second.PaperTitle.Should().Be("Many Minds from One Model: Bayesian Transformers for Population Intelligence");
        second.Authors.Should().Equal("Diji Yang", "Yi Zhang");
        second.Category.Should().Be("cs.LG");
        second.Abstract.Should().StartWith("Despite thei");
        document.Entries.Count(e => e.PaperTitle is not null).Should().Be(82);
    }

    [CorpusFact]
    public void A_table_keyed_by_arxiv_id_takes_each_title_from_the_sources_list()
    {
        var document = CorpusFiles.Parse("variants2/catalog/vollero-hfdaily-2026-07-14.md");

        document.Entries[0].Title.Should().Be("Weak-to-Strong Generalization via Direct On-Policy Distillation");
        document.Entries[0].GetField(EntryField.Contributions).Should().StartWith("Direct-OPD t");
        document.Entries[0].GetField(EntryField.Limitations).Should().StartWith("Tested only ");
        document.Entries[1].Links.Select(l => l.Kind).Should().Contain([LinkKind.Arxiv, LinkKind.HuggingFace]);
    }

    [CorpusFact]
    public void A_paper_page_with_front_matter_is_a_catalog_of_one()
    {
        var document = CorpusFiles.Parse("variants2/catalog/dailypaperreader-2604.01841.md");

        var paper = document.Entries.Should().ContainSingle().Subject;
        paper.Title.Should().StartWith("Retrieval-aligned Tabular Foundation Models");
        paper.Authors.Should().HaveCount(11).And.StartWith("Minh-Khoi Pham");
        paper.ArxivId.Should().Be("2604.01841v1");
        paper.TlDr.Should().StartWith("本研究针对电子健康档");
        paper.GetField(EntryField.Method).Should().StartWith("提出了AWARE框架");
    }

    [CorpusFact]
    public void The_markdown_report_is_read_by_its_records_where_the_labels_found_an_essay_entry_too_many()
    {
        // Its labels make it a catalog, but their reading disagrees with the structure (11 papers for 10 records): the records stand.
        var document = CorpusFiles.Parse("variants2/catalog/whiteplus-arxiv-2025-08-23.md");

        document.Title.Should().Be("ArXiv 研究洞察报告");
        document.Entries.Should().HaveCount(10).And.OnlyContain(e => e.ArxivId != null && e.Authors.Count > 0);
        document.Sections.Select(s => (s.Title, s.EntryCount)).Should().Equal(("详细论文列表", 3), ("简要论文列表", 7));
        document.Entries[0].GetField(EntryField.Motivation).Should().StartWith("在医疗大语言模型（LLM）");
    }

    [CorpusFact]
    public void Essay_parts_between_the_papers_are_not_entries_and_the_paper_lists_are_sections()
    {
        var document = CorpusFiles.Parse("variants2/catalog/whiteplus-arxiv-2025-08-23.html");

        document.Sections.Select(s => s.Title).Should().Equal("详细论文列表", "简要论文列表");
        document.Entries.Should().HaveCount(10, "the closing index of the ten titles names ten papers: a list, not a paper");
        document.Entries.Should().OnlyContain(e => e.Authors.Count > 0);
    }
}
