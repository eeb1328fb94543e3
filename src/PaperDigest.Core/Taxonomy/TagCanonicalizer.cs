namespace PaperDigest.Taxonomy;

/// <summary>
/// Gives every tag and topic/category label of one parse its canonical id. Resolves each distinct label once
/// and shares the resulting <see cref="DigestTag"/>, since catalogs repeat the same few hundred labels.
/// </summary>
internal sealed class TagCanonicalizer(TagTaxonomy taxonomy)
{
    private readonly Dictionary<string, DigestTag> _tags = new(StringComparer.Ordinal);

    public IReadOnlyList<DigestTag> Map(IReadOnlyList<DigestTag> tags)
    {
        if (tags.Count == 0)
        {
            return tags;
        }

        var mapped = new DigestTag[tags.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = Resolve(tags[i].Label);
        }

        return mapped;
    }

    /// <summary>The canonical id of a topic or category label; <see langword="null"/> stays <see langword="null"/>.</summary>
    public string? Canonical(string? label) => label is null ? null : Resolve(label).Canonical;

    private DigestTag Resolve(string label)
    {
        if (!_tags.TryGetValue(label, out var tag))
        {
            tag = DigestTag.Resolve(label, taxonomy);
            _tags.Add(label, tag);
        }

        return tag;
    }
}
