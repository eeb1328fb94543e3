using FluentAssertions;

namespace PaperDigest.Tests.Parsing.Blog;

public sealed class BlogParserTests
{
    [Fact]
    public void Sections_with_subtitles_metadata_and_typed_links()
    {
        var document = Digest.Parse(Fixtures.Read("blog/basic.txt"));

        document.Format.Should().Be(DigestFormat.Blog);
        document.Source.Should().Be(new DocumentSource("https://blog.example.org/posts/2026/digest-42", null));
        document.Entries.Select(e => (e.Title, e.Subtitle, e.Span)).Should().Equal(
            ("短轨迹自检", "小模型也能发现自己的错误", new LineSpan(2, 12)),
            ("一段代码讲清楚路由", "MoE路由的最小实现", new LineSpan(13, 23)),
            ("長上下文檢索", "位置編碼才是瓶頸", new LineSpan(24, 28)));

        var first = document.Entries[0];
        first.PaperTitle.Should().Be("Short Rollouts Teach Small Models to Check Their Arithmetic");
        first.Body.Should().StartWith("这篇文章介绍").And.EndWith("结果见下表。");
        first.Links.Should().Equal(
            new DigestLink(LinkKind.Arxiv, "2511.01234v2", "https://arxiv.org/abs/2511.01234v2"),
            new DigestLink(LinkKind.GitHub, "example/short-verify", "https://github.com/example/short-verify"),
            new DigestLink(LinkKind.Project, null, "https://example.github.io/short-verify/"),
            new DigestLink(LinkKind.Demo, null, "https://demo.example.org/short-verify"));

        document.Entries[1].PaperTitle.Should().Be("Auxiliary-Loss-Free Load Balancing");
        document.Entries[1].Links.Should().BeEmpty();
        document.Entries[2].Links.Should().Equal(
            new DigestLink(LinkKind.Arxiv, "2511.04321", "https://arxiv.org/pdf/2511.04321"),
            new DigestLink(LinkKind.Project, null, "https://example.org/long-context"),
            new DigestLink(LinkKind.OpenReview, "AbCdEf123", "https://openreview.net/forum?id=AbCdEf123"));
    }

    [Fact]
    public void Code_comments_are_not_headings_and_empty_metadata_is_reported()
    {
        var document = Digest.Parse(Fixtures.Read("blog/basic.txt"));

        document.Entries.Should().HaveCount(3);
        document.Entries[1].Body.Should().Contain("# 计算每个专家的负载").And.Contain("############################");
        document.Diagnostics.Should().Equal(new DigestDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyMetadata,
            "The metadata line '代码:' has no value.", 22));
    }

    [Fact]
    public void Lines_before_the_first_heading_are_the_introduction_in_the_header()
    {
        var document = Digest.Parse("https://blog.example.org/x\n一段前言\n#标题\n副标题\n正文第一段。论文地址:https://arxiv.org/abs/2511.00001\n");

        document.Format.Should().Be(DigestFormat.Blog);
        document.HeaderSpan.Should().Be(new LineSpan(1, 2));
        document.Diagnostics.Should().BeEmpty();
        document.Entries.Should().ContainSingle().Which.Links.Should().ContainSingle().Which.Id.Should().Be("2511.00001");
    }

    [Fact]
    public void Numbered_title_lines_over_a_rule_or_metadata_are_sections_when_there_are_no_hash_headings()
    {
        const string text = "LLM经典论文\n====\n\n前言。\n\n1. Transformer\n----\n\n> **论文名称**：《Attention is all you need》\n>\n> **论文链接**：https://arxiv.org/pdf/1706.03762.pdf\n\n"
            + "2. GPT-1\n----\n\n> **论文名称**：《Improving language understanding》\n\n正文 1. 不是标题。\n";

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Blog);
        document.Title.Should().Be("LLM经典论文");
        document.Entries.Select(e => (e.Number, e.Title, e.PaperTitle, e.ArxivId, e.Span)).Should().Equal(
            (1, "Transformer", "Attention is all you need", "1706.03762", new LineSpan(6, 11)),
            (2, "GPT-1", "Improving language understanding", (string?)null, new LineSpan(13, 18)));
        document.HeaderSpan.Should().Be(new LineSpan(1, 4));
    }

    [Fact]
    public void A_paper_list_under_category_headings_gives_one_entry_per_bold_title_in_its_category()
    {
        const string text = "# Papers-with-Code\n\n:star:**论文下载：**\n\n> 链接: https://pan.example.org/s/1\n\n## 目录\n\n- [检测](#det)\n\n"
            + "<a name=\"det\"></a>\n\n# 检测\n\n## 目标检测/Object Detection\n\n**Conformer: Local Features**\n\n- 论文/paper：https://arxiv.org/abs/2105.03889\n- 代码/code：https://github.com/pengzhiliang/Conformer\n\n"
            + ":heavy_check_mark:**Rank & Sort Loss** (Oral)\n\n- 论文/paper：None\n- 代码/code：None\n\n[返回目录/back](#Contents)\n\n"
            + "## Dataset\n\n**Beyond Road Extraction**\n\n- 论文/paper：https://arxiv.org/abs/2110.04690\n- 代码/code： None\n";

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Blog);
        document.Title.Should().Be("Papers-with-Code");
        document.Entries.Select(e => (e.Title, e.Category, string.Join(" ", e.Links.Select(l => l.Id)))).Should().Equal(
            ("Conformer: Local Features", "目标检测/Object Detection", "2105.03889 pengzhiliang/Conformer"),
            ("Rank & Sort Loss", "目标检测/Object Detection", ""),
            ("Beyond Road Extraction", "Dataset", "2110.04690"));
        document.Sections.Select(s => (s.Title, s.EntryCount, s.ParentIndex)).Should().Equal(
            ("检测", 0, (int?)null), ("目标检测/Object Detection", 2, 0), ("Dataset", 1, 0));
        document.Diagnostics.Should().BeEmpty("a metadata value of None says there is no link");
    }

    [Fact]
    public void A_posts_closing_hashtag_line_after_a_line_break_gives_its_tags_and_leaves_its_text()
    {
        static string Post(string title, string text, string id, string tags) =>
            $"<div class=\"message\"><div class=\"from\">AI Papers</div><div class=\"text\"><strong>{title}</strong><br>{text}<br>"
            + $"<a href=\"https://arxiv.org/abs/{id}\">https://arxiv.org/abs/{id}</a><br>{tags}</div></div>";
        var html = "<html><head><title>AI Papers channel</title></head><body><div class=\"history\">"
            + Post("Let's Verify Step by Step", "Process supervision beats outcome supervision.", "2305.20050", "#reasoning #rlhf")
            + Post("Toolformer", "Language models can teach themselves to use tools.", "2302.04761", "#agents #tools")
            + Post("QLoRA", "Efficient finetuning of quantized LLMs on one GPU.", "2305.14314", "#efficiency #finetuning")
            + "</div></body></html>";

        var entries = Digest.Parse(html).Entries;

        entries.Select(e => (e.Title, string.Join("|", e.Tags.Select(t => t.Label)), e.ArxivId)).Should().Equal(
            ("Let's Verify Step by Step", "reasoning|rlhf", "2305.20050"), ("Toolformer", "agents|tools", "2302.04761"), ("QLoRA", "efficiency|finetuning", "2305.14314"));
        entries.Should().OnlyContain(e => e.Body != null && !e.Body.Contains('#'));
    }

    [Fact]
    public void A_cards_closing_line_of_known_concepts_is_its_tags_and_a_name_that_is_no_concept_its_source()
    {
        static string Card(string title, string id, string text, string closing) =>
            $"<div class=\"c-item\"><h3><a href=\"https://arxiv.org/abs/{id}\">{title}</a></h3><p class=\"c-sum\">{text}</p><p class=\"c-tags\">{closing}</p></div>";
        static string Chips(params string[] chips) => string.Concat(chips.Select(c => $"<span class=\"tag\">{c}</span>"));
        var html = "<!DOCTYPE html><html><head><title>每日论文速递</title></head><body><div class=\"wrap\"><h1>每日论文速递</h1>"
            + Card("Token-level Reward Shaping for LLM Alignment", "2503.01001", "提出逐词奖励塑形，使训练更稳定。", Chips("强化学习", "对齐"))
            + Card("Sparse Video Tokenizers", "2503.01002", "稀疏视频分词器把视频token数减少8倍。", Chips("视频生成", "效率"))
            + Card("Agents That Debug Themselves", "2503.01003", "智能体通过自我调试提升12%。", "北辰评论")
            + "</div></body></html>";

        var entries = Digest.Parse(html).Entries;

        entries.Select(e => (e.Title, string.Join("|", e.Tags.Select(t => t.Label)), e.Publisher)).Should().Equal(
            ("Token-level Reward Shaping for LLM Alignment", "强化学习|对齐", (string?)null),
            ("Sparse Video Tokenizers", "视频生成|效率", null),
            ("Agents That Debug Themselves", "", "北辰评论"));
    }
}
