using FluentAssertions;

namespace PaperDigest.Tests.Query;

public sealed class PaperGroupingTests
{
    [Fact]
    public void Entries_sharing_an_arxiv_id_across_documents_or_a_repository_form_groups()
    {
        var groups = QueryFixtures.Corpus().Entries.GroupPapers();

        groups.Should().HaveCount(2);
        groups[0].Key.Should().Be("arxiv:2501.00001", "a version suffix does not make another paper");
        groups[0].Title.Should().Be("Self-Check Rewards for Small Models");
        QueryFixtures.Names(groups[0].Entries).Should().Equal("c1", "t1");
        groups[0].Links.Select(l => l.Url).Should().Equal(
            ["https://arxiv.org/abs/2501.00001", "https://github.com/example-lab/self-check"], "one link per paper: the v2 link names the same paper as the first");

        groups[1].Key.Should().Be("github:northwind-ai/recall");
        QueryFixtures.Names(groups[1].Entries).Should().Equal("t2", "t3");
        groups[1].Links.Select(l => l.Url).Should().Equal("https://github.com/northwind-ai/recall");
    }

    [Fact]
    public void Singles_are_returned_only_when_asked_for() =>
        QueryFixtures.Corpus().Entries.GroupPapers(includeSingles: true).Select(g => g.Entries.Count).Should().Equal(2, 1, 1, 1, 2, 1);

    [Fact]
    public void A_repository_name_without_its_owner_does_not_join_the_group()
    {
        var corpus = QueryFixtures.Corpus();
        corpus.AddText("#论文\nRecall 的另一种说法\n这篇文章讨论人类的 Recall 能力,以及 recall 与遗忘的关系,和任何代码仓库都没有关系,只是心理学里的一个常见说法而已。(心理学周刊)\n", "other");

        var groups = corpus.Entries.GroupPapers();

        groups[1].Entries.Select(e => e.Path).Should().NotContain("other");
    }

    [Fact]
    public void Titles_in_quotes_and_catalog_titles_group_across_scripts_and_punctuation()
    {
        var corpus = new DigestCorpus();
        corpus.AddText("#论文\n一篇关于长上下文的报道\n作者在论文《Position Encodings, Not Attention!》中指出,长文本检索失败主要来自位置编码的外推方式,而不是注意力本身的容量限制。(甲报)\n", "a");
        corpus.AddText("#論文\n另一篇報導\n論文《position encodings not attention》指出長文本檢索的瓶頸在位置編碼,而不是注意力的容量。作者給出了詳細的消融實驗。(乙報)\n", "b");

        var group = corpus.Entries.GroupPapers().Single();

        group.Key.Should().Be("title:positionencodingsnotattention");
        group.Entries.Select(e => e.Path).Should().Equal("a", "b");
    }

    [Fact]
    public void Links_without_an_id_do_not_tie_entries_together()
    {
        var corpus = new DigestCorpus();
        corpus.AddText("#论文\n第一篇\n这篇文章的论文链接还没有公开,作者只给了一个空的地址 https://openreview.net/forum?id= 等待审稿结束后再补上。(甲报)\n", "a");
        corpus.AddText("#论文\n第二篇\n另一篇完全不同的文章同样只给了空的地址 https://openreview.net/forum?id= 并说明代码和数据稍后发布。(乙报)\n", "b");

        corpus.Entries.Should().OnlyContain(e => e.Entry.Links.Count == 1);
        corpus.Entries.GroupPapers().Should().BeEmpty();
    }
}
