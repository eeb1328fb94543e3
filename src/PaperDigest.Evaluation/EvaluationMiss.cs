namespace PaperDigest.Evaluation;

/// <summary>One failed check, so a parser author sees what to fix.</summary>
/// <param name="Entry">The gold entry's 1-based position, or <see langword="null"/> for a document fact or section.</param>
/// <param name="Member">The member checked (<c>title</c>, <c>fields.method</c>, <c>document.url</c>, <c>entry</c> for an unpaired entry).</param>
/// <param name="Expected">The gold fact, as text.</param>
/// <param name="Actual">What the parse gave, shortened; <see langword="null"/> when it gave nothing.</param>
/// <param name="SoftMatch">Whether the check passed after soft folding (only the exact check failed).</param>
public sealed record EvaluationMiss(int? Entry, string Member, string Expected, string? Actual, bool SoftMatch);
