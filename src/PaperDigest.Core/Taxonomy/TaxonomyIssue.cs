namespace PaperDigest;

/// <summary>A problem found while building a <see cref="TagTaxonomy"/>.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Key">For a label conflict, the normalized key; otherwise the broader id in question.</param>
/// <param name="ConceptIds">The concepts involved, in the order they were added.</param>
/// <param name="Message">A sentence for people.</param>
public sealed record TaxonomyIssue(TaxonomyIssueKind Kind, string Key, IReadOnlyList<string> ConceptIds, string Message);
