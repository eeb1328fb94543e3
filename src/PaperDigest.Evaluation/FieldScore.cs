namespace PaperDigest.Evaluation;

/// <summary>How many checks of one member were made and how many passed exactly and softly.</summary>
/// <param name="Checks">Facts checked.</param>
/// <param name="Exact">Facts the parse matched character for character.</param>
/// <param name="Soft">Facts the parse matched after soft folding (always at least <paramref name="Exact"/>).</param>
public readonly record struct FieldScore(int Checks, int Exact, int Soft)
{
    /// <summary>The share of checks passed exactly, 0 to 1 (1 when nothing was checked).</summary>
    public double ExactRate => Checks == 0 ? 1 : (double)Exact / Checks;

    /// <summary>The share of checks passed softly, 0 to 1 (1 when nothing was checked).</summary>
    public double SoftRate => Checks == 0 ? 1 : (double)Soft / Checks;

    /// <summary>Adds one check.</summary>
    /// <param name="exact">Whether it passed exactly.</param>
    /// <param name="soft">Whether it passed softly.</param>
    /// <returns>The score with the check counted.</returns>
    public FieldScore Add(bool exact, bool soft) =>
        new(Checks + 1, Exact + (exact ? 1 : 0), Soft + (soft || exact ? 1 : 0));

    /// <summary>Sums two scores.</summary>
    /// <param name="left">A score.</param>
    /// <param name="right">Another score.</param>
    /// <returns>The micro-averaged total.</returns>
    public static FieldScore operator +(FieldScore left, FieldScore right) =>
        new(left.Checks + right.Checks, left.Exact + right.Exact, left.Soft + right.Soft);
}
