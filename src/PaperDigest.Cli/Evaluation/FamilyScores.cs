using PaperDigest.Evaluation;

namespace PaperDigest.Cli.Evaluation;

/// <summary>Evaluations grouped into document families (a corpus-root file, or a variants folder), plus the total.</summary>
internal sealed record FamilyScores(string Family, EvaluationScores Scores)
{
    public const string Total = "all";

    public static IReadOnlyList<FamilyScores> Of(IReadOnlyList<DocumentEvaluation> evaluations)
    {
        var families = evaluations
            .GroupBy(e => GoldSet.Family(e.Gold), StringComparer.Ordinal)
            .OrderBy(g => g.Key.Contains('/', StringComparison.Ordinal))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FamilyScores(g.Key, EvaluationScores.Sum(g)))
            .ToList();
        families.Add(new FamilyScores(Total, EvaluationScores.Sum(evaluations)));
        return families;
    }

    /// <summary>The scores the ratchet holds, by name; <see cref="LowerIsBetter"/> tells the direction.</summary>
    public IReadOnlyDictionary<string, double> Metrics()
    {
        // Only what was measured: a metric with nothing to check would read 1 and then "drop" when gold is added.
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["detection"] = Scores.Documents == 0 ? 1 : (double)Scores.DetectedCorrectly / Scores.Documents,
            ["entries.precision"] = Scores.EntryPrecision,
            ["entries.recall"] = Scores.EntryRecall,
            [UnaccountedLines] = Scores.UnaccountedLines,
        };
        AddRates(metrics, "fields", Scores.EntryFields);
        AddRates(metrics, "document", Scores.DocumentFacts);
        AddF1(metrics, "links", Scores.Links);
        AddF1(metrics, "tags", Scores.Tags);
        AddF1(metrics, "sections", Scores.Sections);
        foreach (var (member, score) in Scores.Fields)
        {
            AddRates(metrics, $"field.{member}", score);
        }

        return metrics;
    }

    public const string UnaccountedLines = "unaccountedLines";

    private static void AddRates(SortedDictionary<string, double> metrics, string name, FieldScore score)
    {
        if (score.Checks > 0)
        {
            metrics[$"{name}.exact"] = score.ExactRate;
            metrics[$"{name}.soft"] = score.SoftRate;
        }
    }

    private static void AddF1(SortedDictionary<string, double> metrics, string name, SetScore score)
    {
        if (!score.IsEmpty)
        {
            metrics[$"{name}.f1"] = score.F1;
        }
    }

    public static bool LowerIsBetter(string metric) => metric == UnaccountedLines;
}
