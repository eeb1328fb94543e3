namespace PaperDigest;

/// <summary>One value of a facet: its key, its display label and how many entries carry it.</summary>
/// <param name="Key">The canonical key: a concept id, a normalized key, a publisher, a layout, a link kind or a language.</param>
/// <param name="Label">The concept's preferred label in the requested language, else the commonest raw spelling.</param>
/// <param name="Count">How many entries carry the value (an entry counts once per value).</param>
public sealed record FacetValue(string Key, string Label, int Count);
