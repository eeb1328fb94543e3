using System.Text.Json.Nodes;
using FluentAssertions;
using PaperDigest.Cli;
using PaperDigest.Tests.Corpus;

namespace PaperDigest.Tests.Cli;

public sealed class QueryCommandTests
{
    [Fact]
    public void Hits_print_the_file_and_line_and_a_filter_only_query_prints_no_score_in_document_order()
    {
        var ranked = Run("query", Catalog, "--q", "reward");
        var filtered = Run("query", Catalog, "--q", "has:code");

        var corpus = new DigestCorpus();
        corpus.AddFile(Catalog);
        var first = corpus.Search("reward")[0].Entry;
        ranked.Stdout.Split('\n')[1].Should().Be(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"  {corpus.Search("reward")[0].Score,7:0.00}  {Catalog}:{first.Entry.Span.StartLine} (entry {first.Ordinal})  {CorpusInput.Caption(first)}"));
        var lines = filtered.Stdout.Split('\n').Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        lines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith($"  {Catalog}:", StringComparison.Ordinal));
        var entryNumbers = lines.Select(l => int.Parse(l[(l.IndexOf("(entry ", StringComparison.Ordinal) + 7)..l.IndexOf(')', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        entryNumbers.Should().BeInAscendingOrder();
    }

    private static readonly string Catalog = Fixtures.Path("query/catalog.txt");
    private static readonly string Tagged = Fixtures.Path("query/tagged.txt");

    [Fact]
    public void Prints_ranked_hits_and_facets()
    {
        var (code, stdout, stderr) = Run("query", Catalog, Tagged, "--q", "reward OR Recall", "--facet", "publisher", "--facet", "format");

        code.Should().Be(0, stderr);
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        lines[0].Should().Be("3 of 8 entries in 2 document(s) match reward OR Recall");
        lines[1].Should().EndWith($"{Tagged}:6 (entry 3)  Northwind的Recall為何重要", "the third post starts on line 6");
        stdout.Should().Contain("publisher:\n      1  新智元\n      1  量子位\n".ReplaceLineEndings());
        stdout.Should().Contain("format:\n      2  tagged\n      1  catalog\n".ReplaceLineEndings());
    }

    [Fact]
    public void Json_hits_are_entries_as_parse_prints_them_plus_path_score_and_matches()
    {
        var (code, stdout, stderr) = Run("query", Catalog, Tagged, "--q", "tag:rlvr has:code", "--facet", "tag", "--lang", "zh-Hans", "--json");

        code.Should().Be(0, stderr);
        var json = JsonNode.Parse(stdout)!;
        json["total"]!.GetValue<int>().Should().Be(1);
        json["entries"]!.GetValue<int>().Should().Be(8);
        var hit = json["hits"]!.AsArray().Single()!;
        hit["path"]!.GetValue<string>().Should().Be(Catalog);
        hit["ordinal"]!.GetValue<int>().Should().Be(1);
        hit["score"]!.GetValue<double>().Should().Be(0);
        hit["tldr"]!.GetValue<string>().Should().Be("Verifiable rewards teach a 7B model to check its own arithmetic.");
        var parsed = JsonNode.Parse(PaperDigest.Serialization.DigestJson.Serialize(Digest.Parse(Fixtures.Read("query/catalog.txt")).Entries[0]))!.AsObject();
        foreach (var (name, value) in parsed)
        {
            JsonNode.DeepEquals(hit[name], value).Should().BeTrue(name);
        }

        json["facets"]!["tag"]!.AsArray().Select(v => $"{v!["key"]}={v["label"]}={v["count"]}")
            .Should().Equal("large-language-models=大语言模型=1", "rlvr=" + TagTaxonomy.BuiltIn.GetConcept("rlvr").GetLabel("zh-Hans") + "=1");
    }

    [Theory]
    [InlineData("tag:rlvr AND (has:code", 14)]
    [InlineData("tag: rlvr", 1)]
    [InlineData("foo:bar", 1)]
    public void A_malformed_query_exits_2_with_the_error_and_its_position(string query, int column)
    {
        var (code, stdout, stderr) = Run("query", Catalog, "--q", query);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith($"paperdigest: bad query at column {column}: ");
        stderr.ReplaceLineEndings("\n").Split('\n')[2].Should().Be(new string(' ', column + 1) + "^");
    }

    [Theory]
    [InlineData("--facet", "colour", "unknown facet 'colour'")]
    [InlineData("--limit", "0", "--limit needs a positive number")]
    public void Bad_options_exit_2(string option, string value, string message)
    {
        var (code, _, stderr) = Run("query", Catalog, option, value);

        code.Should().Be(2);
        stderr.Should().Contain(message);
    }

    [Fact]
    public void Limit_caps_the_printed_hits()
    {
        var (code, stdout, _) = Run("query", Catalog, Tagged, "--limit", "2");

        code.Should().Be(0);
        stdout.Should().Contain("  … 6 more (--limit N)");
    }

    [Fact]
    public void Groups_lists_the_entries_describing_one_paper()
    {
        var (code, stdout, stderr) = Run("groups", Catalog, Tagged, "--json");

        code.Should().Be(0, stderr);
        var groups = JsonNode.Parse(stdout)!["groups"]!.AsArray();
        groups.Select(g => g!["key"]!.GetValue<string>()).Should().Equal("arxiv:2501.00001", "github:northwind-ai/recall");
        groups[1]!["entries"]!.AsArray().Select(e => e!["ordinal"]!.GetValue<int>()).Should().Equal(2, 3);
        groups[1]!["links"]!.AsArray().Single()!["kind"]!.GetValue<string>().Should().Be("github");
    }

    [CorpusFact]
    public void On_the_catalog_tag_reinforcement_learning_returns_exactly_the_papers_with_that_concept_or_a_narrower_one_or_placed_under_one()
    {
        var catalog = CorpusFiles.Path("catalog.txt");
        var expected = CorpusFiles.Parse("catalog.txt").Entries
            .Where(e => e.Tags.Any(t => (t.PlacedUnder ?? [t.Canonical]).Any(id => TagTaxonomy.BuiltIn.IsSameOrNarrower(id, "reinforcement-learning"))))
            .Select(e => e.Ordinal);

        var (code, stdout, stderr) = Run("query", catalog, "--q", "tag:reinforcement-learning", "--json");

        code.Should().Be(0, stderr);
        JsonNode.Parse(stdout)!["hits"]!.AsArray().Select(h => h!["ordinal"]!.GetValue<int>()).Should().Equal(expected);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, () => new MemoryStream());
        return (code, stdout.ToString(), stderr.ToString());
    }
}
