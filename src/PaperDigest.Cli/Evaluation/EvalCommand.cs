using PaperDigest.Evaluation;

namespace PaperDigest.Cli.Evaluation;

/// <summary><c>paperdigest eval GOLD [--corpus DIR] [--json|--markdown] [--baseline FILE] [--update-baseline FILE]</c>.</summary>
internal static class EvalCommand
{
    public const string CorpusVariable = "PAPERDIGEST_CORPUS";

    public static int Run(CommandLine command, TextWriter stdout, TextWriter stderr)
    {
        var goldPath = command.SingleInput();
        var corpus = command.Value("--corpus") ?? Environment.GetEnvironmentVariable(CorpusVariable);
        if (string.IsNullOrWhiteSpace(corpus) || !Directory.Exists(corpus))
        {
            throw new UsageException(string.IsNullOrWhiteSpace(corpus)
                ? $"eval needs the corpus folder: pass --corpus DIR or set {CorpusVariable}"
                : $"the corpus folder '{corpus}' does not exist");
        }

        IReadOnlyList<DocumentEvaluation> evaluations;
        try
        {
            evaluations = new GoldSet(corpus).Evaluate(GoldSet.Files(goldPath));
        }
        catch (GoldFormatException ex)
        {
            stderr.WriteLine($"paperdigest: malformed gold file: {ex.Message}");
            return CliApp.UsageError;
        }

        var families = FamilyScores.Of(evaluations);
        if (command.Has("--json"))
        {
            stdout.Flush();
            using var output = new MemoryStream();
            EvaluationReport.WriteJson(output, evaluations, families);
            stdout.Write(System.Text.Encoding.UTF8.GetString(output.ToArray()));
        }
        else if (command.Has("--markdown"))
        {
            EvaluationReport.WriteMarkdown(stdout, families);
        }
        else
        {
            EvaluationReport.WriteText(stdout, families);
        }

        var current = AccuracyBaseline.Of(families);
        if (command.Value("--update-baseline") is { } updatePath)
        {
            AccuracyBaseline.Write(updatePath, current);
            stderr.WriteLine($"paperdigest: wrote the baseline to {updatePath}");
        }

        return command.Value("--baseline") is { } baselinePath ? Compare(AccuracyBaseline.Read(baselinePath), current, stderr) : CliApp.Ok;
    }

    private static int Compare(Dictionary<string, Dictionary<string, double>> baseline, Dictionary<string, Dictionary<string, double>> current, TextWriter stderr)
    {
        var drops = AccuracyBaseline.Drops(baseline, current);
        foreach (var drop in drops)
        {
            stderr.WriteLine($"paperdigest: below the baseline: {drop}");
        }

        var rises = AccuracyBaseline.Rises(baseline, current);
        if (drops.Count == 0 && rises.Count > 0)
        {
            stderr.WriteLine($"paperdigest: {rises.Count} scores rose above the baseline; record them with --update-baseline");
        }

        return drops.Count == 0 ? CliApp.Ok : CliApp.ParseFailed;
    }
}
