namespace PaperDigest.Evaluation;

/// <summary>An expected section: its title and, when known, how many entries it holds.</summary>
/// <param name="Title">The section title as a reader names it (compared after soft folding).</param>
/// <param name="Count">The number of entries in the section, or <see langword="null"/> when the gold file does not say.</param>
public sealed record GoldSection(string Title, int? Count);
