using FluentAssertions;

namespace PaperDigest.Tests.Parsing.Brief;

public sealed class BriefParserTests
{
    [Fact]
    public void Plain_brief_parses_parts_items_and_the_headline_repeat()
    {
        var document = Digest.Parse(Fixtures.Read("brief/plain.txt"));

        document.Format.Should().Be(DigestFormat.Brief);
        document.Title.Should().Be("小模型也能自己查错");
        document.Sections.Select(s => (s.Title, s.EntryCount, s.Span)).Should().Equal(
            ("今日概览", 0, new LineSpan(3, 7)),
            ("重点关注", 2, new LineSpan(9, 21)),
            ("也值得关注", 3, new LineSpan(24, 31)),
            ("今日观察", 0, new LineSpan(33, 37)));
        document.Sections[0].Body.Should().Be(
            "短轨迹强化学习让小模型学会逐步自检,算术错误率明显下降\n长上下文检索的瓶颈在位置编码而非注意力本身\n视频生成模型开始支持实时交互编辑");
        document.Sections[3].Body.Should().Be(
            "两篇工作都在说同一件事:与其堆更大的模型,不如先找准出错的位置。\n对于做应用的团队,这意味着评测要细到步骤级别。");
        document.Diagnostics.Should().Equal(new DigestDiagnostic(DiagnosticSeverity.Info, DiagnosticCodes.RepeatedHeadline,
            "The headline repeats here (a page-break artefact); the line is not an entry.", 22));

        var featured = document.Entries[0];
        featured.Should().BeEquivalentTo(new
        {
            Kind = EntryKind.NewsItem, Ordinal = 1, Number = 1, Topic = "推理", Title = "小模型学会给自己的算术打分",
            Category = "重点关注", Span = new LineSpan(11, 15),
            Takeaways = new[] { "自检不必依赖长思维链置信度校准是可以训练的能力错误集中的步骤最值得加权" },
        });
        featured.Summary.Should().StartWith("一项新研究让7B以下的模型").And.EndWith("而推理长度几乎不变。");
        document.Entries[1].Topic.Should().Be("长上下文", "a featured item's own label counts even when it is not built in");
    }

    [Fact]
    public void Further_items_split_the_glued_label_using_the_vocabulary()
    {
        var entries = Digest.Parse(Fixtures.Read("brief/plain.txt")).Entries.Skip(2).ToList();

        entries.Select(e => (e.Number, e.Title, e.Topic, e.Summary, e.Category)).Should().Equal(
            (3, "用合成难负例训练验证器", "训练优化", "最小扰动生成的错误解比随机错误更有用。", "也值得关注"),
            (4, "实时可编辑的视频生成", "视频生成", "用户可以在生成过程中修改镜头语言。", "也值得关注"),
            (5, "让检索器自己决定何时停止", "检索", "减少无效的多轮检索调用。", "也值得关注"));
        entries.Select(e => e.Span).Should().Equal(new LineSpan(26, 27), new LineSpan(28, 29), new LineSpan(30, 31));
    }

    [Fact]
    public void Markdown_twin_gives_the_same_items_plus_its_link_targets()
    {
        var plain = Digest.Parse(Fixtures.Read("brief/plain.txt"));
        var markdown = Digest.Parse(Fixtures.Read("brief/markdown.md"));

        markdown.Format.Should().Be(DigestFormat.Brief);
        markdown.Title.Should().Be(plain.Title);
        markdown.HeaderSpan.Should().Be(new LineSpan(1, 6));
        markdown.Diagnostics.Should().BeEmpty("the '# headline' after front matter is the headline, not its repeat");
        markdown.Sections.Select(s => (s.Title, s.EntryCount, s.Body)).Should().Equal(plain.Sections.Select(s => (s.Title, s.EntryCount, s.Body)));
        markdown.Entries.Should().BeEquivalentTo(plain.Entries, o => o.WithStrictOrdering().Excluding(e => e.Span).Excluding(e => e.Links).Excluding(e => e.ArxivId).Excluding(e => e.OpenReviewId).Excluding(e => e.Doi));
        markdown.Entries.Select(e => e.Links.SingleOrDefault()).Should().Equal(
            null, null,
            new DigestLink(LinkKind.Arxiv, "2511.01234", "https://arxiv.org/abs/2511.01234"),
            new DigestLink(LinkKind.GitHub, "example/live-edit", "https://github.com/example/live-edit"),
            new DigestLink(LinkKind.Web, null, "https://example.org/stop-retrieval"));
    }

    [Fact]
    public void Labels_in_brackets_on_their_own_line_and_unknown_labels()
    {
        var document = Digest.Parse(Fixtures.Read("brief/labels.md"));

        document.Entries.Select(e => (e.Number, e.Topic, e.Title, e.Summary)).Should().Equal(
            (1, "推理", "括号里的标签", "第一段是摘要。"),
            (2, "Agent", "标签单独成行的条目", "第二条的摘要。"),
            (3, "检索", "括号标签的短条目", "带括号的描述。"),
            (4, null, "标签不认识的条目 奇怪标签这里是描述。", null));
        document.Entries[0].Takeaways.Should().Equal("要点一", "要点二", "要点三");
        document.Diagnostics.Should().ContainSingle().Which.Should().Match<DigestDiagnostic>(d =>
            d.Code == DiagnosticCodes.UnknownTopicLabel && d.Severity == DiagnosticSeverity.Warning && d.Line == 22);
    }

    [Fact]
    public void Pipeline_topic_labels_extend_the_vocabulary()
    {
        var pipeline = new DigestPipelineBuilder().Configure(o => o with { TopicLabels = ["奇怪标签"] }).Build();

        var entry = pipeline.Parse(Fixtures.Read("brief/labels.md")).Entries[3];

        (entry.Title, entry.Topic, entry.Summary).Should().Be(("标签不认识的条目", "奇怪标签", "这里是描述。"));
    }

    [Fact]
    public void A_part_may_restart_its_numbering_and_numbers_in_paragraphs_stay_text()
    {
        var text = Fixtures.Read("brief/plain.txt")
            .Replace("03\n", "01\n", StringComparison.Ordinal).Replace("04\n", "02\n", StringComparison.Ordinal).Replace("05\n", "03\n", StringComparison.Ordinal)
            .Replace("整体准确率提升,而推理长度几乎不变。", "整体准确率提升,而推理长度几乎不变。\n7 个模型都有类似现象。", StringComparison.Ordinal);

        var document = Digest.Parse(text);

        document.Entries.Select(e => e.Number).Should().Equal(1, 2, 1, 2, 3);
        document.Entries[0].Takeaways.Should().Equal("7 个模型都有类似现象。", "自检不必依赖长思维链置信度校准是可以训练的能力错误集中的步骤最值得加权");
    }

    [Fact]
    public void Longest_label_wins()
    {
        var text = Fixtures.Read("brief/plain.txt").Replace("检索减少无效", "推理加速减少无效", StringComparison.Ordinal);

        var entry = Digest.Parse(text).Entries[^1];

        entry.Topic.Should().Be("推理加速");
        entry.Summary.Should().Be("减少无效的多轮检索调用。");
    }

    [Fact]
    public void Crlf_gives_the_same_document()
    {
        Digest.Parse(Fixtures.ReadCrlf("brief/markdown.md")).Should().BeEquivalentTo(
            Digest.Parse(Fixtures.Read("brief/markdown.md")), o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_brief_of_more_than_999_numbered_items_keeps_every_item()
    {
        var text = "# 今日概览\n\n## 重点关注\n\n" + string.Concat(Enumerable.Range(1, 1005).Select(i => $"{i}. Orion {i} ships a new model today with better results\n   Summary of item {i}.\n\n"));

        var document = Digest.Parse(text);

        document.Entries.Should().HaveCount(1005);
        string.Join('\n', document.Entries[^1].Summary, document.Entries[^1].Body).Should().Contain("Summary of item 1005.");
        document.Entries[^2].Span.StartLine.Should().BeLessThan(document.Entries[^1].Span.StartLine);
    }
}
