using FluentAssertions;

namespace PaperDigest.Tests.Taxonomy;

/// <summary>The merges and non-merges the built-in taxonomy promises (docs/taxonomy.md).</summary>
public sealed class BuiltInTaxonomyTests
{
    private static TagTaxonomy BuiltIn => TagTaxonomy.BuiltIn;

    private static string? Id(string label) => BuiltIn.TryResolve(label, out var concept) ? concept.Id : null;

    [Fact]
    public void Is_clean_and_every_hand_made_concept_has_three_preferred_labels()
    {
        using var handMade = PaperDigest.Internals.EmbeddedTables.Open(TagTaxonomy.BuiltInSchemes[0]);
        var ids = PaperDigest.Taxonomy.TaxonomyJson.Read(handMade).Select(c => c.Id).ToList();

        BuiltIn.Issues.Should().BeEmpty();
        ids.Should().HaveCountGreaterThan(200);
        foreach (var id in ids)
        {
            BuiltIn.GetConcept(id).PrefLabels.Keys.Should().BeEquivalentTo(["en", "zh-Hans", "zh-Hant"], id);
        }

        BuiltIn.Concepts.Should().HaveCountGreaterThan(ids.Count * 10, "the arXiv and OpenAlex schemes are merged below the hand-made one");
        BuiltIn.Concepts.Should().OnlyContain(c => c.PrefLabels.Count > 0);
    }

    // The documented top concepts (docs/taxonomy.md): fields, domains, facets and the catalog categories.
    private static readonly string[] TopConcepts =
    [
        "agents-and-tool-use", "ai-for-science", "artificial-intelligence", "code", "creativity", "data", "distributed-systems", "diversity",
        "efficiency", "efficiency-and-compression", "evaluation", "generation", "healthcare", "industry", "instruction-tuning-and-alignment",
        "mathematics", "memory", "open-source", "papers", "reasoning-and-chain-of-thought", "retrieval",
    ];

    [Fact]
    public void Every_hand_made_concept_has_a_broader_link_or_is_a_documented_top_concept()
    {
        using var handMade = PaperDigest.Internals.EmbeddedTables.Open(TagTaxonomy.BuiltInSchemes[0]);
        var tops = PaperDigest.Taxonomy.TaxonomyJson.Read(handMade).Where(c => c.Broader.Count == 0).Select(c => c.Id);

        tops.Should().BeEquivalentTo(TopConcepts);
    }

    [Theory]
    [InlineData("large language models")]
    [InlineData("Large Language Model")]
    [InlineData("LLM")]
    [InlineData("LLMs")]
    [InlineData("Large Language Models (LLMs)")]
    [InlineData("大语言模型")]
    [InlineData("大型語言模型")]
    [InlineData("大型语言模型")]
    [InlineData("ＬＬＭｓ")]
    public void Large_language_model_spellings_are_one_concept(string label) =>
        Id(label).Should().Be("large-language-models");

    [Theory]
    [InlineData("RL")]
    [InlineData("reinforcement learning")]
    [InlineData("Reinforcement-Learning")]
    [InlineData("强化学习")]
    [InlineData("強化學習")]
    public void Reinforcement_learning_spellings_are_one_concept(string label) =>
        Id(label).Should().Be("reinforcement-learning");

    [Theory]
    [InlineData("论文", "papers")]
    [InlineData("論文", "papers")]
    [InlineData("#論文", "papers")]
    [InlineData("RLVR", "rlvr")]
    [InlineData("Reinforcement Learning with Verifiable Rewards", "rlvr")]
    [InlineData("reinforcement learning with verifiable reward", "rlvr")]
    [InlineData("RLHF", "rlhf")]
    [InlineData("LoRA", "lora")]
    [InlineData("Low-Rank Adaptation", "lora")]
    [InlineData("DPO", "dpo")]
    [InlineData("Direct Preference Optimization", "dpo")]
    [InlineData("MoE", "mixture-of-experts")]
    [InlineData("Mixture-of-Experts", "mixture-of-experts")]
    [InlineData("Mixture of Experts (MoE)", "mixture-of-experts")]
    [InlineData("language models", "language-models")]
    [InlineData("pre-training", "pretraining")]
    [InlineData("Pretraining", "pretraining")]
    public void Acronyms_spellings_and_scripts_resolve(string label, string id) => Id(label).Should().Be(id);

    [Theory]
    [InlineData("RLVR", "RL")]
    [InlineData("RLHF", "RL")]
    [InlineData("language models", "large language models")]
    [InlineData("large reasoning models", "large language models")]
    [InlineData("LoRA", "PEFT")]
    [InlineData("DPO", "preference optimization")]
    [InlineData("vision-language models", "large vision-language models")]
    [InlineData("reasoning", "LLM reasoning")]
    [InlineData("quantization", "model compression")]
    [InlineData("VLA", "VLM")]
    [InlineData("vision-language-action models", "vision-language models")]
    [InlineData("spatial reasoning", "reasoning")]
    [InlineData("video LLM", "LLM")]
    [InlineData("LVLM", "LLM")]
    [InlineData("LVLM", "VLM")]
    [InlineData("graph neural networks", "neural networks")]
    [InlineData("object detection", "anomaly detection")]
    [InlineData("zero-shot learning", "few-shot learning")]
    [InlineData("deep reinforcement learning", "reinforcement learning")]
    [InlineData("Machine Learning", "cs.LG")]
    [InlineData("Artificial Intelligence", "cs.AI")]
    [InlineData("cs.CL", "natural language processing")]
    [InlineData("stat.ML", "cs.LG")]
    public void Distinct_concepts_stay_distinct(string one, string other)
    {
        Id(one).Should().NotBeNull(one);
        Id(other).Should().NotBeNull(other);
        Id(one).Should().NotBe(Id(other));
    }

    [Theory]
    [InlineData("cs.CV", "cs-cv", "Computer Vision and Pattern Recognition", "计算机视觉与模式识别")]
    [InlineData("cs.LG", "cs-lg", "Machine Learning (cs.LG)", "机器学习 (cs.LG)")]
    [InlineData("Computation and Language", "cs-cl", "Computation and Language", "计算与语言")]
    [InlineData("eess.IV", "eess-iv", "Image and Video Processing", "图像与视频处理")]
    [InlineData("math.IT", "cs-it", "Information Theory", "信息论")]
    [InlineData("cs.SY", "eess-sy", "Systems and Control", "系统与控制")]
    [InlineData("cmp-lg", "cs-cl", "Computation and Language", "计算与语言")]
    public void Arxiv_categories_and_their_aliases_are_concepts_under_their_archive(string label, string id, string english, string chinese)
    {
        Id(label).Should().Be(id);
        var concept = BuiltIn.GetConcept(id);
        concept.GetLabel("en").Should().Be(english, "a name the hand-made scheme already has is shown with the code");
        concept.GetLabel("zh-Hans").Should().Be(chinese);
        BuiltIn.GetBroader(id).Select(c => c.Id).Should().Equal(label.StartsWith("eess", StringComparison.Ordinal) || id == "eess-sy" ? "eess" : "cs");
    }

    [Fact]
    public void Imported_keywords_sit_under_their_subfields_whose_arxiv_twin_takes_their_place()
    {
        // OpenAlex's subfield "Computer Vision and Pattern Recognition" is cs.CV by name, so its keywords land there.
        Id("object detection").Should().Be("object-detection");
        BuiltIn.IsSameOrNarrower("object-detection", "cs-cv").Should().BeTrue();
        BuiltIn.IsSameOrNarrower("cs-cv", "cs").Should().BeTrue();
    }

    [Theory]
    [InlineData("graph neural networks", "图神经网络", "圖神經網路")]
    [InlineData("contrastive learning", "对比学习", "對比學習")]
    [InlineData("object detection", "目标检测", "目標檢測")]
    [InlineData("few-shot learning", "少样本学习", "少樣本學習")]
    public void Imported_and_own_terms_have_chinese_labels_of_ours(string english, string simplified, string traditional)
    {
        Id(english).Should().NotBeNull();
        Id(simplified).Should().Be(Id(english));
        Id(traditional).Should().Be(Id(english));
        BuiltIn.GetConcept(Id(english)!).GetLabel("zh-Hans").Should().Be(simplified);
    }

    [Theory]
    [InlineData("rlvr", "reinforcement-learning")]
    [InlineData("rlhf", "reinforcement-learning")]
    [InlineData("lora", "parameter-efficient-fine-tuning")]
    [InlineData("dpo", "preference-optimization")]
    [InlineData("large-language-models", "language-models")]
    public void Broader_links_follow_the_field(string id, string ancestor)
    {
        BuiltIn.IsSameOrNarrower(id, ancestor).Should().BeTrue();
        BuiltIn.IsSameOrNarrower(ancestor, id).Should().BeFalse();
        BuiltIn.GetDescendants(ancestor).Select(c => c.Id).Should().Contain(id);
    }

    [Theory]
    [InlineData("推理")]
    [InlineData("Agent")]
    [InlineData("安全对齐")]
    [InlineData("多模态")]
    [InlineData("训练优化")]
    [InlineData("视频生成")]
    [InlineData("代码智能")]
    [InlineData("推理加速")]
    [InlineData("检索")]
    [InlineData("机器人")]
    [InlineData("评测")]
    [InlineData("图像生成")]
    [InlineData("架构")]
    [InlineData("可解释性")]
    [InlineData("指令微调与对齐")]
    [InlineData("推理与思维链")]
    [InlineData("效率与压缩")]
    [InlineData("Agent 与工具使用")]
    [InlineData("多模态基础模型")]
    [InlineData("模型架构")]
    [InlineData("LLM 预训练")]
    public void Topic_labels_and_categories_are_trilingual_concepts(string label)
    {
        BuiltIn.TryResolve(label, out var concept).Should().BeTrue(label);
        concept!.PrefLabels.Keys.Should().BeEquivalentTo(["en", "zh-Hans", "zh-Hant"]);
        BuiltIn.TryResolve(concept.GetLabel("zh-Hant"), out var fromTraditional).Should().BeTrue();
        fromTraditional.Should().BeSameAs(concept);
    }

    [Theory]
    [InlineData("compositional reasoning", "reasoning")]
    [InlineData("dichotomous image segmentation", "image-segmentation")]
    [InlineData("lifelong person re-identification", "person-re-identification")]
    [InlineData("金融欺诈检测", "fraud-detection")]
    public void An_unknown_label_is_placed_under_the_concept_its_head_names(string label, string broader)
    {
        BuiltIn.TryResolve(label, out _).Should().BeFalse("placement is not equivalence");
        BuiltIn.TryResolveBroader(label, out var concept).Should().BeTrue(label);
        concept!.Id.Should().Be(broader);
    }

    [Theory]
    [InlineData("large language models")]
    [InlineData("jazz harmony")]
    [InlineData("Visual Question Answering (VQA) extended")]
    public void A_known_label_or_one_without_a_known_head_is_not_placed(string label) =>
        BuiltIn.TryResolveBroader(label, out _).Should().BeFalse();

    [Fact]
    public void Brief_topic_labels_that_nest_are_distinct_concepts()
    {
        Id("推理加速").Should().NotBe(Id("推理"));
        Id("安全对齐").Should().NotBe(Id("安全"));
        Id("推理").Should().Be(Id("reasoning"));
        Id("多模態").Should().Be(Id("多模态"));
    }

    [Fact]
    public void The_paper_concept_shows_its_labels_per_language()
    {
        var papers = BuiltIn.GetConcept("papers");
        papers.GetLabel("zh-Hans").Should().Be("论文");
        papers.GetLabel("zh-Hant").Should().Be("論文");
        papers.GetLabel("zh-TW").Should().Be("論文");
        papers.GetLabel().Should().Be("papers");
    }
}
