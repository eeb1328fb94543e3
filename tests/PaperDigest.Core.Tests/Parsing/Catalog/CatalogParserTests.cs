using FluentAssertions;
using PaperDigest.Blocks;

namespace PaperDigest.Tests.Parsing.Catalog;

public sealed class CatalogParserTests
{
    [Fact]
    public void Basic_fixture_parses_every_part_of_every_paper()
    {
        var document = Digest.Parse(Fixtures.Read("catalog/basic.txt"));

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Diagnostics.Should().BeEmpty();
        document.Sections.Select(s => (s.Title, s.DeclaredCount, s.EntryCount, s.Span)).Should().Equal(
            ("推理与思维链", 2, 2, new LineSpan(1, 26)),
            ("模型架构", 2, 2, new LineSpan(27, 51)));
        document.Entries.Should().HaveCount(4);

        var first = document.Entries[0];
        first.Kind.Should().Be(EntryKind.Paper);
        first.Ordinal.Should().Be(1);
        first.Span.Should().Be(new LineSpan(2, 15));
        first.Domain.Should().Be("基础/前沿模型 (含LLM)");
        first.Category.Should().Be("推理与思维链");
        first.Tags.Select(t => t.Label).Should().Equal("Large Language Models", "Reasoning", "RLVR");
        first.TlDr.Should().Be("Verifier-shaped rewards make short proofs more reliable.");
        first.Fields.Keys.Should().Equal(EntryField.CatalogFields);
        first.GetField(EntryField.Motivation).Should().Be("长链推理成本高,短推理又容易出错。");
        first.GetField(EntryField.Contributions).Should().Be("提出步骤加权的可验证奖励。");
        first.Abstract.Should().Be(
            "Long chains of thought are costly, short ones are brittle.\n" +
            "We weight verifiable rewards toward simplification steps and gain 3.2\\% at equal length.\n" +
            "Code is at https://github.com/example-lab/short-proofs.");
        first.Links.Should().Equal(new DigestLink(LinkKind.GitHub, "example-lab/short-proofs", "https://github.com/example-lab/short-proofs"));
    }

    [Fact]
    public void Papers_opened_by_headings_take_number_title_link_authors_category_and_english_labels()
    {
        var document = Digest.Parse(Fixtures.Read("catalog/headed.md"));

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Title.Should().Be("Daily arXiv digest");
        document.Sections.Select(s => (s.Title, s.DeclaredCount, s.EntryCount, s.Span)).Should().Equal(
            ("cs.CV", (int?)null, 2, new LineSpan(3, 38)),
            ("cs.CL", (int?)null, 1, new LineSpan(40, 57)));
        document.Entries.Select(e => (e.Number, e.Title, e.ArxivId, e.Span)).Should().Equal(
            (1, "Sparse Gaussian Fields for Fast Scene Capture", "2501.00011", new LineSpan(5, 21)),
            (2, "Token Merging for Video Transformers", "2501.00012", new LineSpan(23, 38)),
            (3, "Short Proofs for Long Chains", "2501.00013", new LineSpan(42, 57)));

        var first = document.Entries[0];
        first.Authors.Should().Equal("Alice Smith", "Bob Lee");
        first.Category.Should().Be("cs.CV");
        first.TlDr.Should().Be("用稀疏高斯场加速场景重建。");
        first.Fields.Should().Equal(new Dictionary<EntryField, string>
        {
            [EntryField.Motivation] = "现有方法重建速度慢。",
            [EntryField.Method] = "提出稀疏高斯场表示。",
            [EntryField.Experiments] = "速度提升三倍。",
            [EntryField.Conclusion] = "稀疏表示足以保持质量。",
        });
        first.Abstract.Should().Be("We capture scenes with sparse Gaussian fields.\nReconstruction runs three times faster.");
        document.Entries[2].SectionIndex.Should().Be(1);
        document.Diagnostics.Should().BeEmpty("a generator that writes four fields lacks none of them");
    }

    [Fact]
    public void A_details_wrapper_keeps_its_fields_and_its_summary_label_in_the_paper_and_a_toc_total_is_the_declared_count()
    {
        const string text = "- [cs.CV](#cs.CV) [Total: 3]\n\n# cs.CV\n\n### [7] [A Title](https://arxiv.org/abs/2501.00021)\n*A. Author*\n\nTL;DR: 短。\n\n"
            + "<details>\n  <summary>Details</summary>\nMotivation: 动机。\n\nMethod: 方法。\n\nAbstract: Text.\n</details>\n\n"
            + "### [8] [B Title](https://arxiv.org/abs/2501.00022)\n\nTL;DR: 长。\n\nMotivation: 二。\n";

        var document = Digest.Parse(text);

        document.Entries.Select(e => (e.Number, e.TlDr, e.GetField(EntryField.Motivation), e.GetField(EntryField.Method))).Should().Equal(
            (7, "短。", "动机。", "方法。"),
            (8, "长。", "二。", (string?)null));
        document.Entries[0].Abstract.Should().Be("Text.");
        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnplacedLine, "the <details> summary is the paper's own widget label");
        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.MissingField).Which.Line.Should().Be(19);
        document.Sections.Should().ContainSingle().Which.DeclaredCount.Should().Be(3);
        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.SectionCountMismatch).Which.Line.Should().Be(3);
    }

    [Fact]
    public void A_table_whose_header_names_the_columns_gives_one_paper_per_row()
    {
        const string text = "# 论文索引\n\n## 🔬 推理 (2 篇)\n\n| # | 题目 | 一句话要点 | 标签 |\n|---|---|---|---|\n"
            + "| 1 | [Short Proofs](https://arxiv.org/abs/2501.00031) | 短证明更可靠。 | 推理、数学 |\n| 2 | Token Merging | 合并冗余 token。 | 视频 |\n";

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Sections.Select(s => (s.Title, s.DeclaredCount, s.EntryCount)).Should().Equal(("推理", (int?)2, 2));
        document.Entries.Select(e => (e.Number, e.Title, e.TlDr, e.ArxivId, e.Category, e.Span)).Should().Equal(
            (1, "Short Proofs", "短证明更可靠。", "2501.00031", "推理", new LineSpan(7, 7)),
            (2, "Token Merging", "合并冗余 token。", (string?)null, "推理", new LineSpan(8, 8)));
        document.Entries[0].Tags.Select(t => t.Label).Should().Equal("推理", "数学");
        document.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty();
    }

    [Theory]
    [InlineData("table.md", "# Papers\n\n| # | Title | Authors | arXiv |\n|---|---|---|---|\n| 1 | Efficient KV Cache Eviction | A. Smith | 2503.10001 |\n| 2 | Robust Reward Models | D. Kim | 2503.10003v2 |\n")]
    [InlineData("table.html", "<html><body><h1>Papers</h1><table><tr><th>Title</th><th>Authors</th><th>arXiv</th></tr>"
        + "<tr><td>Efficient KV Cache Eviction</td><td>A. Smith</td><td>2503.10001</td></tr>"
        + "<tr><td>Robust Reward Models</td><td>D. Kim</td><td>2503.10003v2</td></tr></table></body></html>")]
    public void A_table_cell_holding_an_arxiv_id_alone_names_the_rows_paper(string name, string text)
    {
        var document = Digest.Parse(text);

        document.Entries.Select(e => (e.Title, e.ArxivId)).Should().Equal(
            [("Efficient KV Cache Eviction", "2503.10001"), ("Robust Reward Models", "2503.10003v2")], name);
        document.Entries[0].Links.Should().ContainSingle(l => l.Kind == LinkKind.Arxiv).Which.Url.Should().Be("https://arxiv.org/abs/2503.10001");
    }

    [Fact]
    public void Records_numbered_in_chinese_numerals_take_the_number_and_keep_the_title_without_it()
    {
        const string text = "大模型周报（第7期）\n\n一、视觉语言模型的幻觉从何而来\n作者：陈明，刘洋\n论文链接：https://arxiv.org/abs/2503.50001\n简介：幻觉来自低分辨率特征。\n\n"
            + "二、小样本代码生成的新基准\n作者：王芳\n论文链接：https://arxiv.org/abs/2503.50002\n简介：新基准包含1200道题。\n\n"
            + "十一、高效长文本训练\n作者：李强，赵磊\n论文链接：https://arxiv.org/abs/2503.50003\n简介：训练成本降低一半。\n";

        var entries = Digest.Parse(text).Entries;

        entries.Select(e => (e.Number, e.Title, e.ArxivId)).Should().Equal(
            ((int?)1, "视觉语言模型的幻觉从何而来", "2503.50001"), (2, "小样本代码生成的新基准", "2503.50002"), (11, "高效长文本训练", "2503.50003"));
    }

    [Fact]
    public void A_record_opened_by_its_id_is_titled_by_its_labelled_title()
    {
        const string text = "New submissions\n\narXiv:2503.70001\nTitle: Retrieval-Augmented Planning for Embodied Agents\nAuthors: Laura Chen, Mark Davis\n"
            + "  We combine retrieval with planning.\n\narXiv:2503.70002\nTitle: A Theory of Grokking in Transformers\nAuthors: Paul Moreau, Ann Wu\n"
            + "  We explain grokking.\n\narXiv:2503.70003\nTitle: Multilingual Reward Models\nAuthors: Aisha Khan, Jorge Silva\n  Reward models transfer poorly.\n";

        var entries = Digest.Parse(text).Entries;

        entries.Select(e => (e.Title, e.PaperTitle, e.ArxivId, e.Authors[0])).Should().Equal(
            ("Retrieval-Augmented Planning for Embodied Agents", (string?)null, "2503.70001", "Laura Chen"),
            ("A Theory of Grokking in Transformers", null, "2503.70002", "Paul Moreau"),
            ("Multilingual Reward Models", null, "2503.70003", "Aisha Khan"));
    }

    [Fact]
    public void A_labelled_tag_value_of_hashtags_gives_one_tag_per_hashtag()
    {
        const string text = "# 合集\n\n## Paper A title here\n\n- 链接：https://arxiv.org/abs/2404.02258\n- 标签：#效率 #Transformer\n\n"
            + "## Paper B title here\n\n- 链接：https://arxiv.org/abs/2404.02259\n- 标签：#状态空间模型 #架构\n\n"
            + "## Paper C title here\n\n- 链接：https://arxiv.org/abs/2404.02250\n- 标签：效率, 架构\n";

        var entries = Digest.Parse(text).Entries;

        entries.Select(e => string.Join("|", e.Tags.Select(t => t.Label))).Should().Equal("效率|Transformer", "状态空间模型|架构", "效率|架构");
    }

    [Fact]
    public void A_line_of_two_labelled_fields_gives_both()
    {
        const string text = "# 每日论文\n\n## Token-level Reward Shaping\n\n作者：张三, 李四 · 机构：清华大学\n\n摘要：逐词奖励塑形。\n\n"
            + "## Sparse Video Tokenizers\n\n作者：王五 ｜ 机构：北京大学\n\n摘要：稀疏视频分词器。\n\n"
            + "## Agents That Debug Themselves\n\n作者：赵六；机构：浙江大学\n\n摘要：自我调试。\n";

        var entries = Digest.Parse(text).Entries;

        entries.Select(e => (string.Join("|", e.Authors), e.Fields.Values.FirstOrDefault())).Should().Equal(
            ("张三|李四", "清华大学"), ("王五", "北京大学"), ("赵六", "浙江大学"));
    }

    [Fact]
    public void An_id_in_brackets_after_a_title_is_the_papers_link_not_its_title()
    {
        const string text = "# 本周论文\n\n1. **Scaling Test-Time Compute** (arXiv:2503.11111)\n   - 作者: Charlie Snell, Jaehoon Lee\n   - 摘要: 测试时计算比参数更划算。\n"
            + "2. **Thinking LLMs** [arXiv:2503.22222]\n   - 作者: Tianhao Wu\n   - 摘要: 让模型先思考再回答。\n"
            + "3. **Reasoning Distillation at Scale** (arXiv:2503.33333)\n   - 作者: Ming Li, Yue Zhang\n   - 摘要: 把推理能力蒸馏到小模型。\n";

        var entries = Digest.Parse(text).Entries;

        entries.Select(e => (e.Number, e.Title, e.ArxivId)).Should().Equal(
            ((int?)1, "Scaling Test-Time Compute", "2503.11111"), (2, "Thinking LLMs", "2503.22222"), (3, "Reasoning Distillation at Scale", "2503.33333"));
    }

    [Fact]
    public void A_key_value_table_under_each_paper_gives_its_labelled_slots_and_a_headed_table_stays_data()
    {
        static string Paper(string title, string authors, string id, string summary) =>
            $"<h3>{title}</h3><table><tr><td>Authors</td><td>{authors}</td></tr><tr><td>arXiv</td><td><a href=\"https://arxiv.org/abs/{id}\">{id}</a></td></tr>"
            + $"<tr><td>Summary</td><td>{summary}</td></tr></table>";
        var html = "<html><head><title>Paper cards</title></head><body><h1>Paper cards</h1>"
            + Paper("Efficient KV Cache Eviction", "A. Smith, B. Jones", "2503.10001", "We evict cache entries by attention score.")
            + Paper("Multimodal Chain of Thought", "C. Wang, D. Li", "2503.10002", "Reasoning over images and text.")
            + Paper("Robust Reward Models", "E. Kim, F. Lee", "2503.10003", "Reward models resistant to hacking.")
            + "</body></html>";
        var headed = BlockReader.ReadMarkdown("## A\n\n| Model | Score |\n|---|---|\n| GPT-4 | 86.4 |\n");

        var entries = Digest.Parse(html).Entries;
        var (slots, _) = PaperDigest.Records.SlotReader.Read(headed.Blocks, 0, headed.Blocks.Count, 1, "A");

        entries.Select(e => (e.Title, string.Join("|", e.Authors), e.ArxivId)).Should().Equal(
            ("Efficient KV Cache Eviction", "A. Smith|B. Jones", "2503.10001"), ("Multimodal Chain of Thought", "C. Wang|D. Li", "2503.10002"),
            ("Robust Reward Models", "E. Kim|F. Lee", "2503.10003"));
        slots.Should().NotContain(s => s.Label == "GPT-4");
    }

    [Fact]
    public void Headings_below_a_papers_own_are_its_labelled_parts()
    {
        const string text = "# A Paper Title\n\n**作者**: Ann Lee, Bo Chen\n\n**分类**: cs.CL\n\n**关键词**: `大语言模型` `安全评估`\n\n"
            + "## 💡 一句话要点\n\n一句话。\n\n## 📋 核心要点\n\n1. 第一点。\n2. 第二点。\n\n## 🔬 方法详解\n\n方法。\n";
        var catalog = new DigestPipelineBuilder().UseFormat(DigestFormat.Catalog).Build();

        var entry = catalog.Parse(text).Entries.Should().ContainSingle().Subject;

        entry.Title.Should().Be("A Paper Title");
        entry.Authors.Should().Equal("Ann Lee", "Bo Chen");
        entry.Category.Should().Be("cs.CL");
        entry.Tags.Select(t => t.Label).Should().Equal("大语言模型", "安全评估");
        entry.TlDr.Should().Be("一句话。");
        entry.Fields.Should().Equal(new Dictionary<EntryField, string>
        {
            [EntryField.Highlights] = "1. 第一点。\n2. 第二点。",
            [EntryField.Method] = "方法。",
        });
    }

    [Fact]
    public void A_paper_page_keeps_the_original_abstract_and_the_translation_apart_and_values_without_their_markup()
    {
        const string text = "# A Paper Title\n\n[arXiv: 2512.00007v2](https://arxiv.org/abs/2512.00007) [arXiv:2512.00007v2](https://arxiv.org/abs/2512.00007v2)\n\n"
            + "**作者**: Ann Lee\n\n**备注**: Code at https://github.com/acme/tool\n\n## 💡 一句话要点\n\n**提出 X，用于 Y**\n\n🎯 **匹配领域**: **支柱九：具身大模型**\n\n"
            + "## 📝 摘要（中文）\n\n中文译文。\n\n## 🎯 应用场景\n\n机器人。\n\n## 📄 摘要（原文）\n\n> Original abstract,\n> second line.\n";
        var catalog = new DigestPipelineBuilder().UseFormat(DigestFormat.Catalog).Build();

        var entry = catalog.Parse(text).Entries.Should().ContainSingle().Subject;

        entry.TlDr.Should().Be("提出 X，用于 Y");
        entry.Abstract.Should().Be("Original abstract,\nsecond line.");
        entry.Fields.Should().Equal(new Dictionary<EntryField, string>
        {
            [EntryField.Comment] = "Code at https://github.com/acme/tool",
            [new EntryField("匹配领域")] = "支柱九：具身大模型",
            [EntryField.TranslatedAbstract] = "中文译文。",
            [EntryField.Applications] = "机器人。",
        });
        entry.Links.Select(l => (l.Kind, l.Id)).Should().Equal((LinkKind.Arxiv, "2512.00007"), (LinkKind.GitHub, "acme/tool"));
    }

    [Fact]
    public void A_badge_row_under_a_paper_heading_gives_its_hashtags_and_keeps_the_rest_in_the_paper()
    {
        // A page shows the area, the subject chips, a priority pill, the id and the hashtags on one line.
        const string text = "## 视觉 2 篇\n\n### [Paper One](https://arxiv.org/abs/2605.00001)\n\n视觉 cs.CV High 2605.00001 #Deepfake Detection #Anomaly Detection\n\n"
            + "Ann Lee, Bo Chen\n\n**TL;DR：**一句话。\n\n🎯研究动机\n\n动机。\n\n"
            + "### [Paper Two](https://arxiv.org/abs/2605.00002)\n\nMedium 2605.00002\n\n**TL;DR：**另一句。\n\n🎯研究动机\n\n动机二。\n";
        var catalog = new DigestPipelineBuilder().UseFormat(DigestFormat.Catalog).Build();

        var document = catalog.Parse(text);

        document.Entries.Select(e => (e.Title, e.ArxivId, string.Join("|", e.Tags.Select(t => t.Label)), string.Join("|", e.Authors))).Should().Equal(
            ("Paper One", "2605.00001", "Deepfake Detection|Anomaly Detection", "Ann Lee|Bo Chen"),
            ("Paper Two", "2605.00002", "", ""));
        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnplacedLine);
    }

    [Fact]
    public void Group_headers_hold_their_sub_sections_and_are_counted_over_them()
    {
        static string Paper(string category, string motivation) =>
            $"应用\n{category}\n#tag\n🎯 研究动机{motivation}\n🛠️ 主要方法方法。\n⚠️方法局限\n只测了一个数据集。\n查看完整摘要 (Abstract)\nAn abstract.\n";
        var text = "4 / 4 篇论文可见\n应用: CV/音频/语言等 3 篇 · 2 个细分\n视觉理解 2 篇\n" + Paper("视觉理解", "一。") + Paper("视觉理解", "二。")
            + "医学图像 1 篇\n" + Paper("医学图像", "三。") + "对齐/安全 1 篇\n安全对齐 1 篇\n" + Paper("安全对齐", "四。");

        var document = Digest.Parse(text);

        document.Sections.Select(s => (s.Title, s.DeclaredCount, s.EntryCount, s.ParentIndex)).Should().Equal(
            ("应用: CV/音频/语言等", 3, 3, (int?)null),
            ("视觉理解", 2, 2, 0),
            ("医学图像", 1, 1, 0),
            ("对齐/安全", 1, 1, (int?)null),
            ("安全对齐", 1, 1, 3));
        document.Sections[0].Span.Should().Be(new LineSpan(2, 31), "a count with no name (4 / 4 篇论文可见) is no section");
        document.Entries.Select(e => e.SectionIndex).Should().Equal(1, 1, 2, 4);
        document.Entries[0].GetField(EntryField.Limitations).Should().Be("只测了一个数据集。");
        document.Entries[0].GetField(EntryField.Method).Should().Be("方法。");
        document.Diagnostics.Where(d => d.Code == DiagnosticCodes.SectionCountMismatch).Should().BeEmpty();
    }

    [Fact]
    public void Tag_lines_split_on_hash_semicolon_comma_and_nested_groups()
    {
        var entries = Digest.Parse(Fixtures.Read("catalog/basic.txt")).Entries;

        entries[1].Tags.Select(t => t.Label).Should().Equal("LLM", "RLHF", "Value Model");
        entries[2].Tags.Select(t => t.Label).Should().Equal("Mixture-of-Experts (MoE)", "routing", "load balance", "capacity", "Sparse models");
        entries[3].Tags.Select(t => t.Label).Should().Equal("State Space Models", "Long Context");
        entries[1].TlDr.Should().BeNull();
        entries[1].Abstract.Should().StartWith("Value models drift").And.Contain("#segment");
        entries[2].Links.Should().ContainSingle().Which.Should().Be(new DigestLink(LinkKind.Arxiv, "2409.01234v2", "https://arxiv.org/abs/2409.01234v2"));
    }

    [Fact]
    public void Variant_fixture_reads_spacing_markdown_lookalike_emoji_and_extra_fields()
    {
        var document = Digest.Parse(Fixtures.Read("catalog/variants.txt"));

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Title.Should().Be("2026 秋季论文目录");
        document.Sections.Should().ContainSingle().Which.Should().Match<DigestSection>(s =>
            s.Title == "推理与思维链" && s.DeclaredCount == 2 && s.EntryCount == 2);
        document.Entries.Should().HaveCount(2);

        var first = document.Entries[0];
        first.TlDr.Should().Be("Spend test-time compute where the verifier is unsure.");
        first.GetField(EntryField.Motivation).Should().Be("测试时计算量分配不均,简单题浪费算力。");
        first.GetField(EntryField.Problem).Should().Be("按难度自适应分配采样次数。");
        first.GetField(EntryField.Analysis).Should().Be("验证器不确定度与题目难度高度相关。");
        first.GetField(EntryField.Method).Should().Be("根据验证器不确定度动态决定采样数。");
        first.GetField(EntryField.Experiments).Should().Be("同等算力下准确率提升2.5%。");
        first.GetField(EntryField.Contributions).Should().Be("一种基于不确定度的算力分配策略。");
        first.GetField(EntryField.Limitations).Should().Be("仅在数学题上验证。");
        first.GetField(new EntryField("启发")).Should().Be("验证器也能当调度器。");
        first.Abstract.Should().Be("Uniform sampling wastes compute on easy problems.\n\nWe allocate samples by verifier uncertainty.");

        var second = document.Entries[1];
        second.Domain.Should().Be("基础/前沿模型 (含LLM)");
        second.Category.Should().Be("推理与思维链");
        second.Tags.Select(t => t.Label).Should().Equal("Reasoning", "Verifiers");
        second.Fields.Should().HaveCount(6);
        second.GetField(EntryField.Analysis).Should().Be("合成错误比真实错误更容易识别。");
        second.Abstract.Should().Be("Verifiers need hard negatives; minimal perturbations of real solutions provide them.");

        document.Diagnostics.Should().ContainSingle().Which.Should().Match<DigestDiagnostic>(d =>
            d.Code == DiagnosticCodes.UnknownFieldLabel && d.Severity == DiagnosticSeverity.Info && d.Line == 17);
    }

    [Theory]
    [InlineData("catalog/basic.txt")]
    [InlineData("catalog/variants.txt")]
    public void Crlf_line_ends_give_the_same_document(string fixture)
    {
        var lf = Digest.Parse(Fixtures.Read(fixture));
        var crlf = Digest.Parse(Fixtures.ReadCrlf(fixture));

        crlf.Should().BeEquivalentTo(lf, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Section_count_mismatch_is_a_warning_on_the_header_line()
    {
        var text = Fixtures.Read("catalog/basic.txt").Replace("推理与思维链2 篇", "推理与思维链5 篇", StringComparison.Ordinal);

        var document = Digest.Parse(text);

        document.Sections[0].DeclaredCount.Should().Be(5);
        document.Sections[0].EntryCount.Should().Be(2);
        document.Diagnostics.Should().ContainSingle().Which.Should().Be(new DigestDiagnostic(
            DiagnosticSeverity.Warning, DiagnosticCodes.SectionCountMismatch,
            "Section '推理与思维链' declares 5 papers but holds 2.", 1));
    }

    [Fact]
    public void Missing_fields_and_truncated_papers_are_reported_not_thrown()
    {
        var document = Digest.Parse(Fixtures.Read("catalog/missing-fields.txt"));

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Should().HaveCount(2);
        document.Entries[0].Fields.Keys.Should().Equal(EntryField.Motivation, EntryField.Method);
        document.Entries[1].Tags.Select(t => t.Label).Should().Equal("Pruning", "Sparsity");
        document.Entries[1].Span.Should().Be(new LineSpan(9, 11));
        document.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal(
            (DiagnosticCodes.MissingField, 2),
            (DiagnosticCodes.TruncatedPaper, 9));
        document.Diagnostics[0].Message.Should().Be("The paper lacks problem, analysis, experiments, contributions.");
    }

    [Fact]
    public void Strict_mode_throws_one_exception_type_with_the_diagnostics()
    {
        var strict = new DigestPipelineBuilder().UseStrictMode().Build();

        var act = () => Digest.Parse(Fixtures.Read("catalog/missing-fields.txt"), strict);

        var exception = act.Should().Throw<DigestParseException>().Which;
        exception.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.MissingField, DiagnosticCodes.TruncatedPaper);
        exception.Document!.Entries.Should().HaveCount(2);
        Digest.Parse(Fixtures.Read("catalog/basic.txt"), strict).Entries.Should().HaveCount(4);
    }

    [Fact]
    public void A_paper_without_abstract_followed_by_the_next_paper_is_split_at_its_head_lines()
    {
        var lines = Fixtures.Read("catalog/basic.txt").Split('\n').ToList();
        var firstMarker = lines.FindIndex(l => l.StartsWith("查看完整摘要", StringComparison.Ordinal));
        lines.RemoveRange(firstMarker, 4); // the first paper's marker and its three abstract lines

        var document = Digest.Parse(string.Join('\n', lines));

        document.Entries.Should().HaveCount(4);
        document.Entries[0].Abstract.Should().BeNull();
        document.Entries[1].Tags.Select(t => t.Label).Should().Equal("LLM", "RLHF", "Value Model");
        document.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.MissingAbstract, 2));
    }
}
