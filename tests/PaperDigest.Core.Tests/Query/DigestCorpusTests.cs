using FluentAssertions;

namespace PaperDigest.Tests.Query;

public sealed class DigestCorpusTests
{
    [Fact]
    public void Entries_are_addressable_by_document_and_ordinal()
    {
        var corpus = QueryFixtures.Corpus();

        corpus.Documents.Should().HaveCount(2);
        corpus.Entries.Should().HaveCount(8);
        corpus.Documents[1].Document.Format.Should().Be(DigestFormat.Tagged);

        var entry = corpus.GetEntry(1, 3);
        entry.Title.Should().Be("Northwind的Recall為何重要");
        entry.Publisher.Should().Be("量子位");
        entry.Path.Should().Be(Fixtures.Path("query/tagged.txt"));
        entry.ToString().Should().Be(Fixtures.Path("query/tagged.txt") + ":3");
        corpus.Entries[6].Should().BeSameAs(entry);
    }

    [Fact]
    public void Tags_resolved_by_a_parse_with_the_corpus_taxonomy_are_kept_and_others_are_resolved_with_it()
    {
        var text = Fixtures.Read("tagged/basic.txt");
        var corpus = new DigestCorpus();

        var parsedHere = corpus.AddText(text);
        var parsedElsewhere = corpus.Add(new DigestPipelineBuilder().UseTaxonomy(TagTaxonomy.Empty).Build().Parse(text));

        parsedHere.Entries[0].Tags.Should().HaveCount(2);
        parsedHere.Entries[0].Tags[1].Should().BeSameAs(parsedHere.Document.Tags[1], "the parse resolved it once");
        parsedElsewhere.Document.Tags.Select(t => t.Canonical).Should().NotEqual(parsedHere.Document.Tags.Select(t => t.Canonical));
        parsedElsewhere.Entries[0].Tags.Select(t => t.Canonical).Should().Equal(parsedHere.Entries[0].Tags.Select(t => t.Canonical));
    }

    [Fact]
    public void Asking_for_a_missing_document_or_entry_throws()
    {
        var corpus = QueryFixtures.Corpus();

        corpus.Invoking(c => c.GetEntry(2, 1)).Should().Throw<ArgumentOutOfRangeException>();
        corpus.Invoking(c => c.GetEntry(0, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ordinal");
    }

    [Fact]
    public void Document_tags_apply_to_every_entry_and_resolve_with_the_corpus_taxonomy()
    {
        var corpus = QueryFixtures.Corpus();

        corpus.GetEntry(1, 4).Tags.Select(t => t.Canonical).Should().Equal("papers");
        corpus.GetEntry(0, 2).Tags.Select(t => t.Canonical).Should().Equal("rlhf", "reward-models");
        corpus.GetEntry(0, 1).CanonicalCategory.Should().Be(TagTaxonomy.BuiltIn.Resolve("推理与思维链").Canonical);
    }

    [Fact]
    public void A_custom_taxonomy_on_the_pipeline_resolves_the_tags_of_added_documents()
    {
        var taxonomy = new TagTaxonomyBuilder()
            .Add(new TagConcept("northwind-papers") { PrefLabels = new Dictionary<string, string> { ["en"] = "Northwind papers" }, AltLabels = ["論文"] })
            .Build();
        var corpus = new DigestCorpus(new DigestPipelineBuilder().UseTaxonomy(taxonomy).Build());

        corpus.Add(Digest.Parse(Fixtures.Read("query/tagged.txt")), "tagged");

        corpus.Entries.WithTag("Northwind papers").Should().HaveCount(4);
        corpus.Entries[0].Tags.Single().IsMapped.Should().BeTrue();
    }

    [Fact]
    public async Task Loading_a_directory_adds_its_files_in_path_order_and_reports_failures()
    {
        var corpus = new DigestCorpus();

        var results = await corpus.LoadDirectoryAsync(Path.GetDirectoryName(Fixtures.Path("query/catalog.txt"))!, "*.txt", cancellationToken: TestContext.Current.CancellationToken);

        results.Select(r => Path.GetFileName(r.Path)).Should().Equal("catalog.txt", "tagged.txt");
        corpus.Documents.Select(d => Path.GetFileName(d.Path)).Should().Equal("catalog.txt", "tagged.txt");
        corpus.Entries.Should().HaveCount(8);

        var missing = await corpus.AddFilesAsync([Path.Combine(Path.GetTempPath(), "no-such-digest.txt")], TestContext.Current.CancellationToken);
        missing.Single().Succeeded.Should().BeFalse();
        corpus.Documents.Should().HaveCount(2);
    }
}
