using FluentAssertions;
using PaperDigest.Blocks;
using PaperDigest.Records;
using Xunit;

namespace PaperDigest.Tests.Detection;

/// <summary>The layout of a document that is no catalog, from its structure: parts with linked items, credited news, paper sections, one text.</summary>
public sealed class StructuralLayoutTests
{
    // Parts whose names no label table has, items as numbered headings with a summary and a link.
    private const string Brief = """
        # 周三速览

        本期三条消息。

        ## 🚀 星辰大海

        ### 1. Orion 发布新模型

        参数更少，速度更快。

        [原文](https://news.example.com/a/1)

        ### 2. Atlas 开源推理框架

        支持长上下文。

        [原文](https://news.example.com/a/2)

        ## 🧪 实验室角落

        ### 1. Vega 更新评测集

        新增四项任务。

        [原文](https://news.example.com/a/3)
        """;

    [Fact]
    public void Parts_of_linked_items_are_a_brief_whatever_the_parts_are_called()
    {
        var document = Digest.Parse(Brief);

        document.Format.Should().Be(DigestFormat.Brief);
        document.Detection.Score.Should().Be(0.874, "0.8 + 0.1 x every item linked x the items hold 74% of the text");
        document.Detection.Candidates[0].Reason.Should().StartWith("structure: 3 items (100 % with links) in 2 parts, 0 % with a source");
        document.Detection.Structure.Should().Be(
            "papers: 3 records (heading 3), 0 % papers, 100 % regular, template: 原文; items: 3 records (heading 3), 0 % papers, 100 % regular, template: 原文, 100 % with links");
        Digest.Detect(Fixtures.Read("catalog/basic.txt")).Structure.Should().BeNull("a clear text detection reads no structure");
        document.Title.Should().Be("周三速览");
        document.Sections.Select(s => (s.Title, s.EntryCount)).Should().Equal(("星辰大海", 2), ("实验室角落", 1));
        document.Entries.Select(e => (e.Kind, e.Title, e.Topic, e.Summary, e.Links.Single().Url)).Should().Equal(
            (EntryKind.NewsItem, "Orion 发布新模型", "星辰大海", "参数更少，速度更快。", "https://news.example.com/a/1"),
            (EntryKind.NewsItem, "Atlas 开源推理框架", "星辰大海", "支持长上下文。", "https://news.example.com/a/2"),
            (EntryKind.NewsItem, "Vega 更新评测集", "实验室角落", "新增四项任务。", "https://news.example.com/a/3"));
        document.Entries.Select(e => e.Span).Should().Equal(new LineSpan(7, 12), new LineSpan(13, 18), new LineSpan(21, 25));
    }

    [Fact]
    public void Items_that_close_with_their_source_are_a_collection_with_publishers_and_hashtags()
    {
        const string text = """
            # 今日文章

            ### [模型压缩的新思路](https://news.example.com/p/1)

            作者回顾了量化与剪枝的取舍。

            #量化 #剪枝

            北辰评论

            ### [长上下文评测](https://news.example.com/p/2)

            一组新任务考察检索与推理。

            #评测

            算力日记

            ### [Agents in the wild](https://news.example.com/p/3)

            A field report on tool use.

            Loom Weekly
            """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Tagged);
        document.Entries.Select(e => (e.Kind, e.Title, e.Publisher, e.Body)).Should().Equal(
            (EntryKind.Article, "模型压缩的新思路", "北辰评论", "作者回顾了量化与剪枝的取舍。"),
            (EntryKind.Article, "长上下文评测", "算力日记", "一组新任务考察检索与推理。"),
            (EntryKind.Article, "Agents in the wild", "Loom Weekly", "A field report on tool use."));
        document.Entries[0].Tags.Select(t => t.Label).Should().Equal("量化", "剪枝");
        document.Entries[2].Authors.Should().BeEmpty("a credit that reads like a name list is the source, not authors");
    }

    [Fact]
    public void News_items_that_state_their_source_are_a_collection_without_any_link()
    {
        const string text = """
            # 晨间新闻

            ## Orion 发布新模型

            参数更少，速度更快。

            北辰评论

            ## Atlas 开源推理框架

            支持长上下文。

            算力日记

            ## Vega 更新评测集

            新增四项任务。

            模型手记
            """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Tagged);
        document.Detection.Candidates[0].Reason.Should().StartWith("structure: 3 items (0 % with links) in 1 parts, 100 % with a source");
        document.Entries.Select(e => (e.Title, e.Publisher)).Should().Equal(("Orion 发布新模型", "北辰评论"), ("Atlas 开源推理框架", "算力日记"), ("Vega 更新评测集", "模型手记"));
    }

    [Fact]
    public void Plain_text_items_closing_with_their_source_in_parentheses_are_a_collection()
    {
        const string text = "今日科技新闻\n\nOrion 发布新模型\n参数更少，速度更快。(北辰评论)\n\nAtlas 开源推理框架\n支持长上下文。(算力日记)\n\n"
            + "Vega 更新评测集\n新增四项任务。(模型手记)\n";

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Tagged);
        document.Entries.Select(e => (e.Title, e.Body, e.Publisher)).Should().Equal(
            ("Orion 发布新模型", "参数更少，速度更快。", "北辰评论"), ("Atlas 开源推理框架", "支持长上下文。", "算力日记"), ("Vega 更新评测集", "新增四项任务。", "模型手记"));
        document.Entries.Select(e => e.Span).Should().Equal(new LineSpan(3, 5), new LineSpan(6, 8), new LineSpan(9, 10));
    }

    [Fact]
    public void Lines_over_lists_are_parts_and_a_linked_title_is_split_from_its_summary()
    {
        const string text = """
            # AI 早报

            **🔥 热点追踪**

            1. [Orion 发布新模型](https://news.example.com/1)：参数更少，速度更快。
            2. [Atlas 开源推理框架](https://news.example.com/2)：支持长上下文。

            **🛠️ 工具箱**

            1. [Vega 更新评测集](https://news.example.com/3) - 新增四项任务。
            2. [Kestrel 上线 API](https://news.example.com/4)：价格下调一半。
            3. [Lumen 发布插件](https://news.example.com/5)：支持浏览器。
            """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Brief);
        document.Sections.Select(s => (s.Title, s.EntryCount)).Should().Equal(("热点追踪", 2), ("工具箱", 3));
        document.Entries.Select(e => (e.Title, e.Summary)).Should().Equal(
            ("Orion 发布新模型", "参数更少，速度更快。"), ("Atlas 开源推理框架", "支持长上下文。"), ("Vega 更新评测集", "新增四项任务。"),
            ("Kestrel 上线 API", "价格下调一半。"), ("Lumen 发布插件", "支持浏览器。"));
    }

    [Fact]
    public void A_bold_lead_sentence_is_an_item_title_and_link_words_after_the_text_are_the_link()
    {
        const string text = """
            # 晨报

            ## 模型

            1. **Orion 发布新模型。** 参数更少，速度更快。[原文](https://news.example.com/1)
            2. **Atlas 开源推理框架。** 支持长上下文。[原文](https://news.example.com/2)

            ## 产品

            1. **Kestrel 上线 API.** Prices drop by half. [原文](https://news.example.com/3)
            """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Brief);
        document.Entries.Select(e => (e.Title, e.Summary, e.Topic, e.Links.Single().Url)).Should().Equal(
            ("Orion 发布新模型", "参数更少，速度更快。", "模型", "https://news.example.com/1"),
            ("Atlas 开源推理框架", "支持长上下文。", "模型", "https://news.example.com/2"),
            ("Kestrel 上线 API", "Prices drop by half.", "产品", "https://news.example.com/3"));
    }

    [Fact]
    public void A_posts_paper_sections_at_two_depths_are_its_entries_and_its_trend_sections_are_not()
    {
        const string text = """
        # 论文追踪 - 2026年3月

        ## 目录

        1. [概述](#概述)
        2. [论文详细分析](#论文详细分析)

        ## 概述

        本月共追踪三篇论文，另有一篇放在其他工作里。

        ## 论文详细分析

        ### 1. Sparse Routing for Long Context

        **基本信息**
        - 论文链接：https://arxiv.org/abs/2603.00001
        - 发布时间：2026-03-02

        稀疏路由降低长上下文的开销。

        ### 2. A Verifier for Each Step

        **基本信息**
        - 论文链接：https://arxiv.org/abs/2603.00002

        小型验证器逐步检查推理。

        ### 3. 其他相关工作

        #### Memory That Grows

        - 论文链接：https://arxiv.org/abs/2603.00003

        记忆随任务数量增长。

        #### Planning Under Noise

        - 论文链接：https://arxiv.org/abs/2603.00004

        规划在噪声下依然稳定。

        ## 技术趋势总结

        ### 趋势1：推理内化

        越来越多的工作把推理放进模型内部。

        ### 趋势2：效率

        效率优化成为工程化关键。
        """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Blog);
        document.Entries.Select(e => (e.Title, e.ArxivId, e.Span)).Should().Equal(
            ("Sparse Routing for Long Context", "2603.00001", new LineSpan(14, 21)),
            ("A Verifier for Each Step", "2603.00002", new LineSpan(22, 28)),
            ("Memory That Grows", "2603.00003", new LineSpan(31, 36)),
            ("Planning Under Noise", "2603.00004", new LineSpan(37, 42)));
    }

    [Fact]
    public void A_page_of_boxes_without_headings_is_read_from_its_repeated_boxes()
    {
        const string page = """
            <!DOCTYPE html><html><head><title>AI 快讯</title></head><body>
            <h1>AI 快讯</h1>
            <div class="list">
            <div class="card"><a class="title" href="https://news.example.com/1">Orion 发布新模型</a><p>参数更少，速度更快。</p><span class="src">北辰评论</span></div>
            <div class="card"><a class="title" href="https://news.example.com/2">Atlas 开源推理框架</a><p>支持长上下文。</p><span class="src">算力日记</span></div>
            <div class="card"><a class="title" href="https://news.example.com/3">Vega 更新评测集</a><p>新增四项任务。</p><span class="src">模型手记</span></div>
            </div></body></html>
            """;

        var document = Digest.Parse(page);

        document.Format.Should().Be(DigestFormat.Tagged);
        document.Detection.Candidates[0].Reason.Should().EndWith("3 records (container), 0 % papers, 0 % regular");
        document.Entries.Select(e => (e.Title, e.Body, e.Publisher, e.Span)).Should().Equal(
            ("Orion 发布新模型", "参数更少，速度更快。", "北辰评论", new LineSpan(4, 4)),
            ("Atlas 开源推理框架", "支持长上下文。", "算力日记", new LineSpan(5, 5)),
            ("Vega 更新评测集", "新增四项任务。", "模型手记", new LineSpan(6, 6)));
    }

    [Fact]
    public void Sections_without_links_of_their_own_are_one_article()
    {
        const string text = """
            # 一次关于推理模型的长谈

            这篇文章记录了一次讨论。我们从训练数据谈起，一直谈到评测。

            ## 一、背景

            过去一年里，推理模型的训练方式变化很大。许多团队开始使用可验证的奖励。

            ## 二、方法

            讨论集中在奖励设计上。有人认为过程奖励更稳定，也有人持相反意见。

            ## 三、结论

            没有一种方法在所有任务上都最好。评测方式本身也需要改进。
            """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Article);
        document.Detection.Candidates[0].Reason.Should().Be("structure: one text: its 3 repeated parts are no collection (0 % with a link, covering 73 %), 0 paper records");
        document.Entries.Should().ContainSingle().Which.Title.Should().Be("一次关于推理模型的长谈");
    }

    [Fact]
    public void An_outline_with_papers_at_two_depths_takes_its_leaves_as_records()
    {
        const string text = """
            # Reading list

            ## 1 Pretraining

            #### [Paper A](https://arxiv.org/abs/2601.00001)

            - 动机：Why A.

            #### [Paper B](https://arxiv.org/abs/2601.00002)

            - 动机：Why B.

            ## 2 Extraction

            ##### 2.1 Entities

            ###### [Paper C](https://arxiv.org/abs/2601.00003)

            - 动机：Why C.

            ###### [Paper D]()

            ##### 2.2 Relations

            ## References
            """;

        var items = RecordInducer.InduceItems(BlockReader.Read(text));

        items.Records.Select(r => r.Title).Should().Equal("Paper A", "Paper B", "Paper C", "Paper D");
        items.Records.Select(r => r.RegionIndex is { } region ? items.Regions[region].Title : null)
            .Should().Equal("1 Pretraining", "1 Pretraining", "2.1 Entities", "2.1 Entities");
    }

    [Fact]
    public void A_weak_blog_that_names_a_paper_keeps_its_layout_and_a_brief_found_by_its_parts_is_never_rewritten()
    {
        var blog = Digest.Parse("https://blog.example.org/x\n一段前言\n#标题\n副标题\n正文第一段。论文地址:https://arxiv.org/abs/2511.00001\n");

        blog.Format.Should().Be(DigestFormat.Blog);
        blog.Detection.Candidates[0].Reason.Should().NotStartWith("structure:");
    }

    [Fact]
    public void Headlines_in_parts_are_a_brief_without_any_link_and_a_lead_story_is_an_item()
    {
        const string text = """
            # Friday Notes: Orion Learns to Plan

            ## Orion Learns to Plan Across Long Horizons

            A planning model that keeps its goals over hundreds of steps. It beats earlier agents on every task.

            ## Research

            ### Vega Shrinks Its Model Without Losing Accuracy

            The team prunes half of the weights. Accuracy stays the same on four benchmarks.

            ### Atlas Releases a Dataset of Robot Grasps

            Ten thousand grasps recorded on three robots. The data is open.

            ## Tools

            ### Lyra Adds Streaming Output to Its Command Line

            Answers now appear as they are written. Nothing else changes.

            ### Nova Ships a Faster Tokenizer for Long Documents

            The tokenizer is twice as fast. It handles files of any size.
            """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Brief);
        document.Detection.Candidates[0].Reason.Should().StartWith("structure: 5 headlines in 2 parts");
        document.Detection.RunnerUp!.Score.Should().BeLessThanOrEqualTo(document.Detection.Score - 0.2);
        document.Entries.Select(e => (e.Title, e.Topic)).Should().Equal(
            ("Orion Learns to Plan Across Long Horizons", null),
            ("Vega Shrinks Its Model Without Losing Accuracy", "Research"),
            ("Atlas Releases a Dataset of Robot Grasps", "Research"),
            ("Lyra Adds Streaming Output to Its Command Line", "Tools"),
            ("Nova Ships a Faster Tokenizer for Long Documents", "Tools"));
        document.Sections.Select(s => (s.Title, s.EntryCount)).Should().Equal(("Research", 2), ("Tools", 2));
    }

    [Fact]
    public void Short_section_names_in_parts_are_one_article_not_a_brief()
    {
        const string text = """
            # Notes on Planning

            ## Background

            ### Early work

            Planning was search over states. It did not scale to long tasks.

            ### Learned models

            Learned world models changed this. They predict the next state.

            ## Method

            ### The planner

            Our planner rolls out the model. It scores each plan by its reward.

            ### Training

            We train on recorded episodes. Nothing else is needed.
            """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Article, "section names are a few words; headlines say what happened");
    }

    [Fact]
    public void Parts_of_different_item_shapes_are_one_brief_and_its_closing_source_links_are_no_items()
    {
        const string text = """
            # 每日情报 - 2026-01-05

            ## 🌟 今日焦点

            ### 1. Orion 发布规划模型

            **来源**: [Orion Blog](https://orion.example.com/news/planner)

            - **要点**: 模型在长任务上保持目标。
            - **影响**: 智能体开发更容易。

            ### 2. Vega 开源压缩工具

            **来源**: [Vega News](https://vega.example.com/post/prune)

            - **要点**: 剪掉一半权重，精度不变。
            - **影响**: 部署成本下降。

            ### 3. Atlas 公布抓取数据集

            **来源**: [Atlas](https://atlas.example.com/data)

            - **要点**: 一万次抓取，三种机器人。
            - **影响**: 机器人研究有了公共基准。

            ## 🧰 工具推荐

            - **[lyra-cli](https://github.com/example/lyra-cli)**:
              命令行支持流式输出。

            - **[nova-tok](https://github.com/example/nova-tok)**:
              更快的分词器。

            ## 📎 来源链接

            - [Orion planner - Orion Blog](https://orion.example.com/news/planner)
            - [Vega prune - Vega News](https://vega.example.com/post/prune)
            - [Atlas data - Atlas](https://atlas.example.com/data)
            """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Brief, "a collection is one list of like items; these parts differ");
        document.Entries.Select(e => e.Title).Should().Equal(
            "Orion 发布规划模型", "Vega 开源压缩工具", "Atlas 公布抓取数据集", "lyra-cli", "nova-tok");
        document.Entries[3].Links.Select(l => l.Id).Should().Equal("example/lyra-cli");
        document.Sections.Select(s => (s.Title, s.EntryCount)).Should().Equal(("今日焦点", 3), ("工具推荐", 2));
    }

    [Fact]
    public void Notes_on_one_paper_in_a_nested_outline_are_an_article_about_that_paper()
    {
        const string text = """
            # Orion: Planning with Learned World Models

            > Example Lab, 2026
            > arXiv:2601.01234
            > Ada Lovelace, Alan Turing, Grace Hopper 等

            ## Part 1: Motivation

            ### 1.1 问题

            #### 核心任务

            - **领域**: 规划
            - **子领域**: 世界模型

            #### 难点

            - **数据**: 稀少
            - **评测**: 困难

            ### 1.2 方法

            #### 总体方案

            模型先预测，再规划。规划器对每个方案打分，分数来自学到的奖励模型。这样做的好处是不需要真实环境。

            #### 训练

            世界模型在记录下来的轨迹上训练。训练数据来自三种机器人，总共一万条轨迹。

            ## Part 2: Results

            ### 2.1 主要结果

            在四个任务上都超过基线。长任务上的提升最大，短任务上的差距较小。

            ### 2.2 消融

            去掉奖励模型后，性能下降一半。去掉世界模型后，规划器无法工作。
            """;

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Article);
        document.Detection.Candidates[0].Reason.Should().StartWith("structure: one text");
        var entry = document.Entries.Should().ContainSingle().Subject;
        entry.PaperTitle.Should().Be("Orion: Planning with Learned World Models");
        entry.Authors.Should().Equal("Ada Lovelace", "Alan Turing", "Grace Hopper");
        entry.Links.Select(l => l.Id).Should().Contain("2601.01234");
    }

    [Fact]
    public void Three_linked_posts_two_of_them_on_papers_are_a_blog_not_unknown()
    {
        static string Post(string title, string url, string text) =>
            $"<article class=\"entry\"><header><h2><a href=\"{url}\">{title}</a></h2></header><div class=\"content\"><p>{text}</p></div></article>";
        var html = "<!DOCTYPE html><html><head><title>Feed export</title></head><body>"
            + Post("Why sparse models win", "https://blog.example.com/a", "Sparse models route tokens to experts. We review <a href=\"https://arxiv.org/abs/2503.12121\">this paper</a>.")
            + Post("A guide to long context", "https://blog.example.com/b", "Long context is about memory. See <a href=\"https://arxiv.org/abs/2503.13131\">the paper</a>.")
            + Post("Agents need evals", "https://blog.example.com/c", "Evals for agents are hard. Benchmarks lag behind.")
            + "</body></html>";

        var document = Digest.Parse(html);

        document.Format.Should().Be(DigestFormat.Blog);
        document.Entries.Select(e => (e.Title, e.ArxivId)).Should().Equal(
            ("Why sparse models win", "2503.12121"), ("A guide to long context", "2503.13131"), ("Agents need evals", (string?)null));
    }
}
