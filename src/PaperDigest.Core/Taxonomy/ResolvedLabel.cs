namespace PaperDigest.Taxonomy;

/// <summary>A label with its normalized key and the concept that takes it (<see langword="null"/> when none does).</summary>
internal readonly record struct ResolvedLabel(string Text, string Key, TagConcept? Concept)
{
    /// <summary>The concept id, or the key an unmapped label groups under.</summary>
    public string Canonical => Concept?.Id ?? TagTaxonomy.UnmappedKeyOf(Key);
}
