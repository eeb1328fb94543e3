namespace PaperDigest;

/// <summary>The outcome of resolving one raw label against a <see cref="TagTaxonomy"/>.</summary>
/// <param name="Label">The raw label as given.</param>
/// <param name="Key">The normalized key it was looked up by (see <see cref="TagNormalizer"/>).</param>
/// <param name="Status">Mapped, unmapped or ambiguous.</param>
/// <param name="Concept">The concept when <paramref name="Status"/> is <see cref="TagResolutionStatus.Mapped"/>.</param>
/// <param name="Candidates">For an ambiguous label, the ids of the concepts that claim it; otherwise empty.</param>
public sealed record TagResolution(string Label, string Key, TagResolutionStatus Status, TagConcept? Concept, IReadOnlyList<string> Candidates)
{
    /// <summary>Whether a single concept took the label.</summary>
    public bool IsMapped => Status == TagResolutionStatus.Mapped;

    /// <summary>The concept id when mapped, otherwise the normalized key.</summary>
    public string Canonical => Concept?.Id ?? Key;
}
