using FluentAssertions;
using PaperDigest.Cli.Evaluation;
using PaperDigest.Evaluation;
using PaperDigest.Parsing.Brief;
using PaperDigest.Tests.Corpus;

namespace PaperDigest.Tests.Evaluation;

/// <summary>
/// The accuracy ratchet: every gold file in <c>tests/gold</c> is evaluated and no score may fall below
/// <c>tests/gold/accuracy-baseline.json</c>. A rise is recorded with
/// <c>paperdigest eval tests/gold --corpus ../shared/corpus --update-baseline tests/gold/accuracy-baseline.json</c>.
/// </summary>
public sealed class AccuracyRatchetTests
{
    private static readonly string GoldFolder = Path.Combine(AppContext.BaseDirectory, "gold");
    private static readonly string BaselinePath = Path.Combine(GoldFolder, "accuracy-baseline.json");

    [CorpusFact]
    public void No_score_is_below_the_committed_baseline()
    {
        var current = AccuracyBaseline.Of(FamilyScores.Of(Evaluate(pipeline: null)));

        var drops = AccuracyBaseline.Drops(AccuracyBaseline.Read(BaselinePath), current);

        drops.Should().BeEmpty("a change may raise accuracy, never lower it (docs/evaluation.md, 'The ratchet')");
    }

    [CorpusFact]
    public void A_weaker_pipeline_fails_the_ratchet()
    {
        var withoutBriefs = new DigestPipelineBuilder().Remove<BriefParser>().Build();
        var current = AccuracyBaseline.Of(FamilyScores.Of(Evaluate(withoutBriefs)));

        var drops = AccuracyBaseline.Drops(AccuracyBaseline.Read(BaselinePath), current);

        drops.Should().Contain(d => d.StartsWith("brief.txt detection: 0 (baseline 1)", StringComparison.Ordinal));
        drops.Should().Contain(d => d.StartsWith("brief.txt entries.recall: ", StringComparison.Ordinal));
    }

    [CorpusFact]
    public void Every_corpus_document_has_a_gold_file()
    {
        var corpus = CorpusFiles.Folder();
        var documents = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal) && !f.Contains(".gold.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var inputs = GoldSet.Files(GoldFolder).Select(f => GoldJson.ReadFile(f).Input).Order(StringComparer.Ordinal).ToList();

        documents.Should().HaveCount(42, "6 corpus files, 15 variant documents and 21 variants2 documents");
        inputs.Should().Equal(documents);
    }

    [Fact]
    public void Gold_files_name_their_own_input()
    {
        foreach (var file in GoldSet.Files(GoldFolder))
        {
            var relative = Path.GetRelativePath(GoldFolder, file).Replace('\\', '/');
            GoldJson.ReadFile(file).Input.Should().Be(relative[..^".gold.json".Length], "gold files mirror the corpus folder");
        }
    }

    [CorpusFact]
    public void The_readme_and_evaluation_doc_accuracy_tables_are_the_eval_output()
    {
        var markdown = new StringWriter();
        EvaluationReport.WriteMarkdown(markdown, FamilyScores.Of(Evaluate(pipeline: null)));
        var output = markdown.ToString().ReplaceLineEndings("\n");

        // docs/evaluation.md holds the whole output; the README its first table (per family), up to the blank line.
        Marked("docs/evaluation.md").Should().Be(output,
            "docs/evaluation.md holds what 'paperdigest eval tests/gold --corpus ../shared/corpus --markdown' prints; paste the new output");
        Marked("README.md").Should().Be(output[..(output.IndexOf("\n\n", StringComparison.Ordinal) + 1)],
            "the README holds the family table of that output; paste its first table");
    }

    private static string Marked(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)).ReplaceLineEndings("\n");
        var start = text.IndexOf("<!-- accuracy-table:start -->\n", StringComparison.Ordinal);
        var end = text.IndexOf("<!-- accuracy-table:end -->", StringComparison.Ordinal);
        start.Should().BePositive($"{file} has an accuracy table between markers");
        return text[(start + "<!-- accuracy-table:start -->\n".Length)..end];
    }

    private static IReadOnlyList<DocumentEvaluation> Evaluate(DigestPipeline? pipeline) =>
        new GoldSet(CorpusFiles.Folder(), pipeline).Evaluate(GoldSet.Files(GoldFolder));
}
