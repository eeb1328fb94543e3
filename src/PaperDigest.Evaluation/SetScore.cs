namespace PaperDigest.Evaluation;

/// <summary>Counts for comparing expected and found items (links, tags, sections): precision, recall and F1.</summary>
/// <param name="TruePositives">Items both expected and found.</param>
/// <param name="FalsePositives">Items found but not expected.</param>
/// <param name="FalseNegatives">Items expected but not found.</param>
public readonly record struct SetScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Found items that were expected, 0 to 1 (1 when nothing was found).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Expected items that were found, 0 to 1 (1 when nothing was expected).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall (1 when nothing was expected or found).</summary>
    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0
        ? 1
        : 2.0 * TruePositives / ((2.0 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Whether anything was expected or found.</summary>
    public bool IsEmpty => TruePositives + FalsePositives + FalseNegatives == 0;

    /// <summary>Compares an expected set with a found one.</summary>
    /// <param name="expected">The expected keys.</param>
    /// <param name="found">The found keys.</param>
    /// <returns>The counts.</returns>
    public static SetScore Of(IReadOnlySet<string> expected, IReadOnlySet<string> found)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(found);
        var common = expected.Count(found.Contains);
        return new SetScore(common, found.Count - common, expected.Count - common);
    }

    /// <summary>Sums two scores.</summary>
    /// <param name="left">A score.</param>
    /// <param name="right">Another score.</param>
    /// <returns>The micro-averaged total.</returns>
    public static SetScore operator +(SetScore left, SetScore right) =>
        new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);
}
