namespace PaperDigest.Evaluation;

/// <summary>The scores of one parsed document against its gold file, with the failed checks.</summary>
public sealed record DocumentEvaluation : EvaluationScores
{
    /// <summary>The gold file the document was scored against (its entries resolved).</summary>
    public required GoldDocument Gold { get; init; }

    /// <summary>The parse that was scored.</summary>
    public required DigestDocument Document { get; init; }

    /// <summary>The unaccounted non-blank lines (1-based), in order.</summary>
    public IReadOnlyList<int> UnaccountedLineNumbers { get; init; } = [];

    /// <summary>The failed checks, in gold order; at most <see cref="DigestEvaluator.MaxMissesPerDocument"/>.</summary>
    public IReadOnlyList<EvaluationMiss> Misses { get; init; } = [];
}
