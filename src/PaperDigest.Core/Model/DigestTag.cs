namespace PaperDigest;

/// <summary>A keyword tag as written in the source and the canonical concept id it maps to.</summary>
/// <param name="Label">The raw label, trimmed, exactly as the document spells it.</param>
/// <param name="Canonical">The canonical concept id; equals <paramref name="Label"/> until a taxonomy maps it.</param>
public sealed record DigestTag(string Label, string Canonical)
{
    /// <summary>Creates a tag whose canonical id is its label (no taxonomy applied).</summary>
    /// <param name="label">The raw label.</param>
    /// <returns>The tag.</returns>
    public static DigestTag FromLabel(string label) => new(label, label);
}
