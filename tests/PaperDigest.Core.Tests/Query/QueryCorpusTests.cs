using FluentAssertions;
using PaperDigest.Tests.Corpus;

namespace PaperDigest.Tests.Query;

/// <summary>Queries, facets and groups over the shared corpus, checked against counts computed here from the parsed documents.</summary>
public sealed class QueryCorpusTests
{
    [CorpusFact]
    public void Tag_facets_on_the_catalog_equal_counts_computed_from_the_entries()
    {
        var corpus = CorpusOf("catalog.txt");
        var expected = CorpusFiles.Parse("catalog.txt").Entries
            .SelectMany(e => e.Tags.Select(t => t.Canonical).Distinct())
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());

        var facet = corpus.Entries.Facet(FacetKind.Tag);

        facet.Should().HaveCount(expected.Count);
        facet.ToDictionary(v => v.Key, v => v.Count).Should().Equal(expected);
        facet.Select(v => v.Count).Should().BeInDescendingOrder();
        facet[0].Count.Should().BeGreaterThan(50);
    }

    [CorpusFact]
    public void Category_facets_on_the_catalog_equal_counts_computed_from_the_entries()
    {
        var corpus = CorpusOf("catalog.txt");
        var expected = CorpusFiles.Parse("catalog.txt").Entries
            .GroupBy(e => e.CanonicalCategory!)
            .ToDictionary(g => g.Key, g => g.Count());

        corpus.Entries.Facet(FacetKind.Category).ToDictionary(v => v.Key, v => v.Count).Should().Equal(expected);
        expected.Values.Sum().Should().Be(803);
    }

    [CorpusFact]
    public void Tag_reinforcement_learning_finds_exactly_the_papers_carrying_it_or_a_narrower_concept_or_placed_under_one()
    {
        var corpus = CorpusOf("catalog.txt");
        var taxonomy = TagTaxonomy.BuiltIn;
        bool Under(string id) => taxonomy.IsSameOrNarrower(id, "reinforcement-learning");
        var expected = CorpusFiles.Parse("catalog.txt").Entries
            .Where(e => e.Tags.Any(t => t.IsMapped ? Under(t.Canonical) : t.PlacedUnder?.Any(Under) == true))
            .Select(e => e.Ordinal)
            .ToList();

        var hits = corpus.Search("tag:reinforcement-learning");

        hits.Select(h => h.Entry.Ordinal).Should().Equal(expected);
        expected.Count.Should().BeGreaterThan(20);
        corpus.Entries.WithTag("rlvr").Should().NotBeEmpty().And.HaveCountLessThan(expected.Count);
    }

    [CorpusFact]
    public void Traditional_and_simplified_searches_find_the_same_tagged_articles()
    {
        var corpus = CorpusOf("tagged.txt");

        var traditional = corpus.Entries.Containing("條件記憶").Select(e => e.Ordinal).ToList();
        var simplified = corpus.Entries.Containing("条件记忆").Select(e => e.Ordinal).ToList();

        traditional.Should().Equal(4, 5, 6, 7);
        simplified.Should().Equal(traditional);
    }

    [CorpusFact]
    public void The_engram_articles_of_the_tagged_collection_form_one_group()
    {
        // The corpus README says articles 4-8; article 8 is about MIT's Recursive Language Models (no Engram in it),
        // so the Engram group is articles 4-7.
        var corpus = CorpusOf("tagged.txt");

        var groups = corpus.Entries.GroupPapers();

        var group = groups.Should().ContainSingle().Subject;
        group.Entries.Select(e => e.Ordinal).Should().Equal(4, 5, 6, 7);
        group.Key.Should().Be("title:conditionalmemoryviascalablelookup", "a title is a stronger identity than a repository");
        group.Title.Should().Be("Conditional Memory via Scalable Lookup");
        group.Links.Should().OnlyContain(l => l.Url.Contains("github.com/deepseek-ai/Engram", StringComparison.Ordinal));
        corpus.GetEntry(0, 8).Entry.Body.Should().NotContain("Engram");
    }

    private static DigestCorpus CorpusOf(string name)
    {
        var corpus = new DigestCorpus();
        corpus.Add(CorpusFiles.Parse(name), name);
        return corpus;
    }
}
