using FluentAssertions;

namespace PaperDigest.Tests.Parsing.Brief;

/// <summary>A part's first item sets the shape of its items: numbered lines, headings, list items, a topic line, a trailing topic.</summary>
public sealed class BriefItemStyleTests
{
    private static readonly DigestPipeline Briefs = new DigestPipelineBuilder().UseFormat(DigestFormat.Brief).Build();

    [Fact]
    public void Unnumbered_items_open_with_a_topic_line_and_take_the_paper_title_from_its_label()
    {
        const string text = "## 重点关注\n\n多模态\n开源模型能打赢闭源吗？\n\n第一段摘要。\n\n要点一\n要点二\n\n**原文：Vision-DeepResearch: Deep Research**\n\n"
            + "推理\n短推理也可靠吗？\n\n第二段摘要。\n\n**原文：Short Proofs**\n\n## 也值得关注\n\n7%的数据就能追平全量训练 训练优化\n用难度过滤筛数据。链接\n"
            + "自动构建环境来训练tool-use Agent Agent\n结合SFT与RL。链接\n";

        var entries = Briefs.Parse(text).Entries;

        entries.Select(e => (e.Topic, e.Title, e.PaperTitle, e.Summary)).Should().Equal(
            ("多模态", "开源模型能打赢闭源吗？", "Vision-DeepResearch: Deep Research", "第一段摘要。"),
            ("推理", "短推理也可靠吗？", "Short Proofs", "第二段摘要。"),
            ("训练优化", "7%的数据就能追平全量训练", null, "用难度过滤筛数据。"),
            ("Agent", "自动构建环境来训练tool-use Agent", null, "结合SFT与RL。"));
        entries[0].Takeaways.Should().Equal("要点一", "要点二");
    }

    [Fact]
    public void Heading_items_keep_a_bracketed_topic_a_numbered_word_and_labelled_facts()
    {
        const string text = "### 重点论文\n\n#### 论文 01：[评测] 实验室里的VLM为什么会崩\n第一段。\n原始论文标题：RoboStressBench: Benchmarking VLMs\n\n"
            + "#### 论文 02：[安全对齐] MoE省下的算力\n第二段。\n\n### 也值得关注\n- 长视频流式解说（视频生成）：FlowNar解决扩展性。\n- 暗物质重建（AI for Science）：生成先验约束解。\n";

        var entries = Briefs.Parse(text).Entries;

        entries.Select(e => (e.Number, e.Topic, e.Title, e.PaperTitle, e.Summary)).Should().Equal(
            (1, "评测", "实验室里的VLM为什么会崩", "RoboStressBench: Benchmarking VLMs", "第一段。"),
            (2, "安全对齐", "MoE省下的算力", (string?)null, "第二段。"),
            (null, "视频生成", "长视频流式解说", null, "FlowNar解决扩展性。"),
            (null, "AI for Science", "暗物质重建", null, "生成先验约束解。"));
    }

    [Fact]
    public void Heading_items_keep_a_model_name_and_a_latin_title_whole_and_a_label_only_where_chinese_sets_it_apart()
    {
        const string text = "## 论文详解\n\n### GPT 4 beats humans at chess\n\n摘要一。\n\n### Qwen3 technical report\n\n摘要二。\n\n"
            + "### Paper 3: Sparse attention\n\n摘要三。\n\n### 4. Dense attention\n\n摘要四。\n\n### 5. 推理 短推理也可靠吗\n\n摘要五。\n";

        var entries = Briefs.Parse(text).Entries;

        entries.Select(e => (e.Number, e.Title, e.Summary)).Should().Equal(
            ((int?)null, "GPT 4 beats humans at chess", "摘要一。"),
            (null, "Qwen3 technical report", "摘要二。"),
            (3, "Sparse attention", "摘要三。"),
            (4, "Dense attention", "摘要四。"),
            (5, "短推理也可靠吗", "摘要五。"));
        entries.Select(e => e.Topic).Should().Equal(null, null, null, null, "推理");
    }

    [Fact]
    public void Labelled_fact_lines_give_the_paper_title_and_their_bare_addresses_become_links()
    {
        const string text = "## 重點關注\n\n### 1. 逐詞獎勵塑形讓對齊更穩定\n論文：Token-level Reward Shaping for LLM Alignment\n"
            + "連結：https://arxiv.org/abs/2503.01001\n提出逐詞獎勵塑形。\n\n### 2. 稀疏視頻分詞器\n論文：https://arxiv.org/abs/2503.01002\n把視頻token數減少8倍。\n";

        var entries = Briefs.Parse(text).Entries;

        entries.Select(e => (e.Title, e.PaperTitle, e.ArxivId, e.Summary)).Should().Equal(
            ("逐詞獎勵塑形讓對齊更穩定", "Token-level Reward Shaping for LLM Alignment", "2503.01001", "提出逐詞獎勵塑形。"),
            ("稀疏視頻分詞器", (string?)null, "2503.01002", "把視頻token數減少8倍。"));
    }

    [Fact]
    public void Paper_headings_read_authors_links_and_a_topic_without_its_rating_and_an_unknown_part_keeps_its_table()
    {
        const string text = "## 论文详解\n\n### 1. FRAPPE: Infusing World Modeling\n\n**作者**: Ann Lee, Bo Chen 等（DeepMind）\n"
            + "**链接**: [arXiv:2602.13515](https://arxiv.org/abs/2602.13515)\n**方向**: Efficient LLM ⭐⭐⭐ 必读\n\n核心创新。\n\n1. 第一点。\n2. 第二点。\n\n"
            + "### 2. Calibrate-Then-Act\n\n摘要二。\n\n## 排除论文说明\n\n| 论文 | 原因 |\n| --- | --- |\n| A | 重复 |\n";

        var document = Briefs.Parse(text);

        document.Entries.Select(e => (e.Number, e.Title, e.Topic, string.Join("|", e.Authors), e.ArxivId)).Should().Equal(
            (1, "FRAPPE: Infusing World Modeling", "Efficient LLM", "Ann Lee|Bo Chen", "2602.13515"),
            (2, "Calibrate-Then-Act", (string?)null, "", (string?)null));
        document.Entries[0].Takeaways.Should().Equal("1. 第一点。", "2. 第二点。");
        document.Sections.Select(s => (s.Title, s.EntryCount)).Should().Equal(("论文详解", 2), ("排除论文说明", 0));
        document.Sections[1].Body.Should().Contain("| A | 重复 |");
    }

    [Fact]
    public void List_items_led_by_a_bold_link_are_items_in_known_and_further_parts()
    {
        const string text = "## 🌊 今日浪頭\n\n### [The AI Scientist 登上 Nature](https://example.org/a)\n\n段落。\n\n**為什麼值得追：**\n\n- 第一點\n\n"
            + "## ⚡ 衝浪快報\n\n- **[OpenAI 公開 Model Spec](https://example.org/b)** — 說明。\n- **[Granola 融資](https://example.org/c)** — 轉型。\n\n"
            + "## 🏄 深水區\n\n- **[The AI Industry Is Lying](https://example.org/d)** — 長文。\n";

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Brief);
        document.Entries.Select(e => (e.Category, e.Title, e.Summary)).Should().Equal(
            ("今日浪頭", "The AI Scientist 登上 Nature", "段落。"),
            ("衝浪快報", "OpenAI 公開 Model Spec", "說明。"),
            ("衝浪快報", "Granola 融資", "轉型。"),
            ("深水區", "The AI Industry Is Lying", "長文。"));
        document.Entries[0].Takeaways.Should().Equal("第一點");
        document.Entries[1].Links.Should().ContainSingle().Which.Url.Should().Be("https://example.org/b");
    }

    [Fact]
    public void Plain_text_parts_marked_in_lenticular_brackets_hold_the_numbered_items_right_under_them()
    {
        const string text = "AI日报 | 2025年3月5日\n\n【今日要闻】\n1. OpenAI发布新一代推理模型，数学能力大幅提升\n据官方介绍，新模型超过了金牌选手。\nhttps://news.example.com/1\n\n"
            + "2. 谷歌开源Gemma 3系列模型\n新模型支持128k上下文。\nhttps://news.example.com/2\n\n"
            + "【论文推荐】\n1. 测试时计算的最优扩展\n测试时计算可以让小模型超过大模型。\nhttps://arxiv.org/abs/2408.03314\n\n"
            + "2. 思维链蒸馏到小模型\n把推理能力蒸馏到1B模型。\nhttps://arxiv.org/abs/2503.33333\n";

        var blocks = PaperDigest.Blocks.BlockReader.Read(text).Blocks;
        var document = Digest.Parse(text);

        blocks.Where(b => b.Kind == PaperDigest.Blocks.BlockKind.Heading).Select(b => (b.Text, b.Level)).Should().Equal(("今日要闻", 2), ("论文推荐", 2));
        document.Format.Should().Be(DigestFormat.Brief);
        document.Sections.Select(s => (s.Title, s.EntryCount)).Should().Equal(("今日要闻", 2), ("论文推荐", 2));
        document.Entries.Select(e => (e.Number, e.Title, e.Summary)).Should().Equal(
            ((int?)1, "OpenAI发布新一代推理模型，数学能力大幅提升", "据官方介绍，新模型超过了金牌选手。"),
            (2, "谷歌开源Gemma 3系列模型", "新模型支持128k上下文。"),
            (1, "测试时计算的最优扩展", "测试时计算可以让小模型超过大模型。"),
            (2, "思维链蒸馏到小模型", "把推理能力蒸馏到1B模型。"));
    }
}
