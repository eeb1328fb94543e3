using FluentAssertions;

namespace PaperDigest.Tests.Query;

public sealed class EntryFilterTests
{
    private readonly DigestCorpus _corpus = QueryFixtures.Corpus();

    [Theory]
    [InlineData("reinforcement-learning", "c1 c2 c4")]
    [InlineData("reinforcement learning", "c1 c2 c4")]
    [InlineData("強化學習", "c1 c2 c4")]
    [InlineData("RL", "c1 c2 c4")]
    [InlineData("rlvr", "c1")]
    [InlineData("#RLHF", "c2")]
    [InlineData("parameter-efficient-fine-tuning", "c3")]
    [InlineData("LoRA", "c3")]
    [InlineData("Reward Models", "c2")]
    [InlineData("論文", "t1 t2 t3 t4")]
    [InlineData("论文", "t1 t2 t3 t4")]
    [InlineData("no such concept", "")]
    public void Tag_filters_accept_ids_and_any_label_and_include_narrower_concepts(string tag, string expected) =>
        Names(_corpus.Entries.WithTag(tag)).Should().Be(expected);

    [Fact]
    public void Tag_filters_can_leave_narrower_concepts_out() =>
        Names(_corpus.Entries.WithTag("reinforcement-learning", includeNarrower: false)).Should().Be("c4");

    [Theory]
    [InlineData("推理与思维链", "c1 c2")]
    [InlineData("推理與思維鏈", "c1 c2")]
    [InlineData("模型架构", "c3 c4")]
    [InlineData("model architecture", "c3 c4")]
    public void Category_filters_resolve_labels_in_any_script(string category, string expected) =>
        Names(_corpus.Entries.InCategory(category)).Should().Be(expected);

    [Theory]
    [InlineData("推理", "1")]
    [InlineData("reasoning", "1")]
    [InlineData("視頻生成", "4")]
    [InlineData("检索", "5")]
    public void Topic_filters_resolve_the_brief_topic_labels(string topic, string expected)
    {
        var corpus = new DigestCorpus();
        corpus.AddFile(Fixtures.Path("brief/plain.txt"));

        string.Join(' ', corpus.Entries.WithTopic(topic).Select(e => e.Ordinal)).Should().Be(expected);
    }

    [Fact]
    public void Format_language_and_publisher_filters()
    {
        Names(_corpus.Entries.WithFormat(DigestFormat.Catalog)).Should().Be("c1 c2 c3 c4");
        Names(_corpus.Entries.InLanguage(DocumentLanguage.ZhHant)).Should().Be("t1 t2 t3 t4");
        Names(_corpus.Entries.FromPublisher("新智元")).Should().Be("t2 t4");
        Names(_corpus.Entries.FromPublisher("机器之心")).Should().Be("t1", "a Simplified name finds the Traditional one");
        Names(_corpus.Entries.FromPublisher("量子")).Should().Be("t3", "a publisher filter matches part of the name");
    }

    [Fact]
    public void Link_and_field_filters()
    {
        Names(_corpus.Entries.WithCode()).Should().Be("c1 c4 t2", "GitHub links and a GitLab link are code");
        Names(_corpus.Entries.WithArxiv()).Should().Be("c1 t1");
        Names(_corpus.Entries.WithLink(LinkKind.GitHub)).Should().Be("c1 t2");
        Names(_corpus.Entries.WithLink(LinkKind.OpenReview)).Should().BeEmpty();
        Names(_corpus.Entries.WithField(EntryField.Method)).Should().Be("c1 c2 c3 c4");
        Names(_corpus.Entries.WithField(EntryField.Limitations)).Should().BeEmpty();
    }

    [Fact]
    public void Filters_compose_with_each_other_and_with_linq()
    {
        var entries = _corpus.Entries
            .WithTag("reinforcement learning")
            .WithCode()
            .Where(e => e.Entry.TlDr!.Contains("robot", StringComparison.Ordinal));

        Names(entries).Should().Be("c4");
    }

    private static string Names(IEnumerable<CorpusEntry> entries) => string.Join(' ', QueryFixtures.Names(entries));
}
