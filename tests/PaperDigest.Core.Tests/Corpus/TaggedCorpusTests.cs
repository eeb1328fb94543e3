using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>The tagged.txt facts of ../shared/corpus/README.md (expected values read from that README).</summary>
public sealed class TaggedCorpusTests
{
    private static DigestDocument Document => CorpusFiles.Parse("tagged.txt");

    [CorpusFact]
    public void Eight_articles_with_the_readme_publishers_in_order()
    {
        Document.Format.Should().Be(DigestFormat.Tagged);
        Document.Entries.Should().HaveCount(8).And.OnlyContain(e => e.Kind == EntryKind.Article && e.Title != null && e.Body != null);
        Document.Entries.Select(e => e.Publisher).Should().Equal(CorpusReadme.ListFact("8 articles. Publishers in order"));
        Document.Diagnostics.Should().BeEmpty();
    }

    [CorpusFact]
    public void Publisher_is_removed_from_the_body()
    {
        foreach (var entry in Document.Entries)
        {
            entry.Body.Should().NotEndWith(")").And.NotEndWith("）").And.NotEndWith(entry.Publisher!);
        }
    }

    [CorpusFact]
    public void Document_tag_and_traditional_script()
    {
        var firstLine = CorpusFiles.Read("tagged.txt").Split('\n')[0].Trim();

        Document.Language.Should().Be(DocumentLanguage.ZhHant);
        Document.Tags.Should().ContainSingle().Which.Label.Should().Be(firstLine.TrimStart('#'));
        Document.HeaderSpan.Should().Be(new LineSpan(1, 1));
    }

    [CorpusFact]
    public void Leads_are_summaries()
    {
        var withLead = Document.Entries.Where(e => e.Body!.StartsWith('【') && e.Body.Contains("導讀】", StringComparison.Ordinal)).ToList();

        withLead.Should().NotBeEmpty();
        withLead.Should().OnlyContain(e => e.Summary != null && e.Body!.Contains(e.Summary, StringComparison.Ordinal) && "。！？!?".Contains(e.Summary[e.Summary.Length - 1]));
        Document.Entries.Except(withLead).Should().OnlyContain(e => e.Summary == null);
    }

    [CorpusFact]
    public void Articles_four_to_eight_point_to_the_same_repository()
    {
        var repo = CorpusReadme.GitHubRepo("Articles 4-8");
        var articles = Document.Entries.Skip(3).ToList();

        articles[0].PaperTitle.Should().Be(CorpusReadme.CitedTitle());
        articles.Should().OnlyContain(e => e.Links.All(l => l.Kind == LinkKind.GitHub && l.Id == repo));
        articles.Where(e => e.Body!.Contains("github.com/", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.OnlyContain(e => e.Links.Count == 1, "every GitHub URL of one article names the same repository");
        Document.Entries.Take(3).Should().OnlyContain(e => e.Links.All(l => l.Id != repo));
    }

    [CorpusFact]
    public void Urls_end_at_the_first_cjk_character()
    {
        var links = Document.Entries.SelectMany(e => e.Links).ToList();

        links.Should().NotBeEmpty();
        links.Should().OnlyContain(l => l.Url.All(c => c < '\u2E80'));
    }
}
