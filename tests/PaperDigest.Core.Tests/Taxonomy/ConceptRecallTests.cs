using System.Text.Json;
using FluentAssertions;
using PaperDigest.Cli.Evaluation;
using PaperDigest.Tests.Corpus;
using Xunit;

namespace PaperDigest.Tests.Taxonomy;

/// <summary>
/// The concept-recall ratchet: hand judgements of every tag label of two visible catalogs against twelve concepts a
/// user queries (<c>tests/taxonomy/*.concepts.tsv</c>), measured as <c>paperdigest tags --audit</c> measures them. Per
/// entry, recall and precision may rise, never fall below <c>tests/taxonomy/concept-baseline.json</c>; and a judged
/// sample of 80 placements stays at 95% precision or more.
/// </summary>
public sealed class ConceptRecallTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "taxonomy");

    public static TheoryData<string> Judgements => new("arxivdaily-2026-05-07.concepts.tsv", "catalog.concepts.tsv");

    [CorpusTheory]
    [MemberData(nameof(Judgements))]
    public void Tag_queries_find_the_judged_papers_at_or_above_the_baseline(string judgementsFile)
    {
        var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "concept-baseline.json"))).RootElement.GetProperty(judgementsFile);
        var corpus = new DigestCorpus();
        var input = baseline.GetProperty("input").GetString()!;
        corpus.Add(CorpusFiles.Parse(input), input);

        var report = ConceptAudit.Run(ConceptJudgements.Read(Path.Combine(Folder, judgementsFile)), corpus);

        var writer = new StringWriter();
        report.Print(writer, details: false);
        output.WriteLine(writer.ToString());
        report.UnjudgedLabels.Should().Be(0, "every label of the catalog is judged");
        report.Entries.Recall.Should().BeGreaterThanOrEqualTo(baseline.GetProperty("entryRecall").GetDouble() - 1e-9);
        report.Entries.Precision.Should().BeGreaterThanOrEqualTo(baseline.GetProperty("entryPrecision").GetDouble() - 1e-9);
        report.Entries.Recall.Should().BeGreaterThanOrEqualTo(0.85, "the goal: 85% of the judged papers found");
        report.Entries.Precision.Should().BeGreaterThanOrEqualTo(0.95, "at 95% precision");
    }

    [Fact]
    public void A_judged_sample_of_80_placements_is_at_least_95_percent_right_and_still_placed_as_judged()
    {
        var rows = File.ReadLines(Path.Combine(Folder, "placement-sample.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var taxonomy = TagTaxonomy.BuiltIn;
        var placements = 0;
        var wrong = 0;
        foreach (var row in rows)
        {
            var placed = taxonomy.GetPlacements(row[0]).Select(c => c.Id).ToList();
            placed.Should().Equal(row[1].Split(','), "'{0}' is placed as judged (judge it again when a placement changes)", row[0]);
            placements += placed.Count;
            wrong += row[2].StartsWith("wrong:", StringComparison.Ordinal) ? row[2]["wrong:".Length..].Split(',').Length : 0;
        }

        rows.Should().HaveCount(80);
        output.WriteLine($"placements: {placements - wrong} of {placements} right");
        ((double)(placements - wrong) / placements).Should().BeGreaterThanOrEqualTo(0.95);
    }
}
