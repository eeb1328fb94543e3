using System.Text.Json.Serialization;

namespace PaperDigest;

/// <summary>A keyword tag as written in the source and the canonical concept id it maps to.</summary>
/// <param name="Label">The raw label, trimmed, exactly as the document spells it.</param>
/// <param name="Canonical">
/// The id of the <see cref="TagConcept"/> the pipeline's <see cref="TagTaxonomy"/> resolves the label to; for a label
/// no concept takes, its normalized key (<see cref="TagNormalizer"/>; <c>X (Y)</c> spelling out an acronym and
/// <c>X-based</c> group as <c>X</c>), so spellings still group.
/// </param>
public sealed record DigestTag(string Label, string Canonical)
{
    /// <summary>Whether <see cref="Canonical"/> is a concept id (<see langword="false"/>: a normalized key).</summary>
    [JsonPropertyName("mapped")]
    public bool IsMapped { get; init; }

    /// <summary>
    /// For a label no concept takes, the ids of the concepts it is placed under as a narrower notion (its head, an
    /// acronym it opens with: <see cref="TagTaxonomy.GetPlacements"/>); <see langword="null"/> when nothing places it.
    /// A <c>tag:</c> query on one of them, or on a concept broader than it, finds the tag.
    /// </summary>
    public IReadOnlyList<string>? PlacedUnder { get; init; }

    /// <summary>Tags are equal when their label, canonical id, mapping and placements (in order) are.</summary>
    /// <param name="other">The other tag.</param>
    /// <returns>Whether the tags are equal.</returns>
    public bool Equals(DigestTag? other) =>
        other is not null && Label == other.Label && Canonical == other.Canonical && IsMapped == other.IsMapped
        && (ReferenceEquals(PlacedUnder, other.PlacedUnder) || (PlacedUnder ?? []).SequenceEqual(other.PlacedUnder ?? []));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Canonical, IsMapped, PlacedUnder?.Count ?? 0);

    /// <summary>Creates an unmapped tag whose canonical id is its label; the pipeline resolves it when the parse ends.</summary>
    /// <param name="label">The raw label.</param>
    /// <returns>The tag.</returns>
    public static DigestTag FromLabel(string label) => new(label, label);

    /// <summary>Resolves <paramref name="label"/> against <paramref name="taxonomy"/>.</summary>
    /// <param name="label">The raw label.</param>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>A tag carrying the concept id, or the normalized key when no concept takes the label.</returns>
    public static DigestTag Resolve(string label, TagTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return taxonomy.TryResolve(label, out var concept)
            ? new DigestTag(label, concept.Id) { IsMapped = true }
            : new DigestTag(label, TagTaxonomy.UnmappedKey(label)) { PlacedUnder = Placements(label, taxonomy) };
    }

    internal static IReadOnlyList<string>? Placements(string label, TagTaxonomy taxonomy)
    {
        var placed = taxonomy.GetPlacements(label);
        return placed.Count == 0 ? null : [.. placed.Select(c => c.Id)];
    }
}
