using PaperDigest.Taxonomy;

namespace PaperDigest;

/// <summary>
/// Mutable recipe for a <see cref="TagTaxonomy"/>: concepts from code, JSON files and other taxonomies, merged
/// by id. <see cref="Build"/> freezes a copy and reports every label claimed by two concepts, unknown broader
/// ids and broader cycles in <see cref="TagTaxonomy.Issues"/>.
/// </summary>
/// <remarks>
/// Merging a concept whose id is already present keeps one concept: its preferred labels are overridden per
/// language by the later one, and alternative labels, hidden labels and broader ids are united in order.
/// Not thread-safe: build on one thread; the <see cref="TagTaxonomy"/> it builds is safe to share.
/// </remarks>
public sealed class TagTaxonomyBuilder
{
    private readonly Dictionary<string, ConceptDraft> _concepts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>How many distinct concept ids were added so far.</summary>
    public int Count => _order.Count;

    /// <summary>Adds a concept, or merges it into the concept with the same id.</summary>
    /// <param name="concept">The concept.</param>
    /// <returns>This builder.</returns>
    public TagTaxonomyBuilder Add(TagConcept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        if (!_concepts.TryGetValue(concept.Id, out var draft))
        {
            draft = new ConceptDraft(concept.Id);
            _concepts.Add(concept.Id, draft);
            _order.Add(concept.Id);
        }

        draft.Merge(concept);
        return this;
    }

    /// <summary>Adds every concept of <paramref name="taxonomy"/> (merging by id).</summary>
    /// <param name="taxonomy">A built taxonomy, e.g. <see cref="TagTaxonomy.BuiltIn"/>.</param>
    /// <returns>This builder.</returns>
    public TagTaxonomyBuilder Add(TagTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        foreach (var concept in taxonomy.Concepts)
        {
            Add(concept);
        }

        return this;
    }

    /// <summary>Adds the built-in concepts of this field (<see cref="TagTaxonomy.BuiltIn"/>).</summary>
    /// <returns>This builder.</returns>
    public TagTaxonomyBuilder AddBuiltIn() => Add(TagTaxonomy.BuiltIn);

    /// <summary>Adds the concepts of a taxonomy JSON document (schema in <c>docs/taxonomy.md</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="TagTaxonomyException">The JSON is malformed or breaks the schema; nothing is added.</exception>
    public TagTaxonomyBuilder AddJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return AddAll(TaxonomyJson.Read(json));
    }

    /// <summary>Adds the concepts of a UTF-8 taxonomy JSON stream (schema in <c>docs/taxonomy.md</c>).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="TagTaxonomyException">The JSON is malformed or breaks the schema; nothing is added.</exception>
    public TagTaxonomyBuilder AddJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return AddAll(TaxonomyJson.Read(utf8Json));
    }

    /// <summary>
    /// Applies learned merges (<see cref="TagTaxonomy.LearnMerges"/>): an acronym merged into a concept becomes one of its
    /// alternative labels; one merged into an unmapped label becomes a new concept named by that label. Add the
    /// taxonomy the merges were learned with first.
    /// </summary>
    /// <param name="merges">The merges to apply.</param>
    /// <returns>This builder.</returns>
    public TagTaxonomyBuilder AddMerges(IEnumerable<TagMerge> merges)
    {
        ArgumentNullException.ThrowIfNull(merges);
        foreach (var merge in merges)
        {
            if (merge.IsMapped)
            {
                Add(new TagConcept(merge.Canonical) { AltLabels = [merge.Label] });
            }
            else if (ConceptIds.FromKey(merge.Canonical) is { } id)
            {
                Add(new TagConcept(id)
                {
                    PrefLabels = new Dictionary<string, string> { [TagLanguages.English] = merge.Into },
                    AltLabels = [merge.Label],
                });
            }
        }

        return this;
    }

    /// <summary>Builds an immutable taxonomy from the concepts added so far.</summary>
    /// <returns>The taxonomy; check <see cref="TagTaxonomy.Issues"/> for conflicts.</returns>
    public TagTaxonomy Build() => TaxonomyIndex.Build([.. _order.Select(id => _concepts[id].ToConcept())]);

    private TagTaxonomyBuilder AddAll(IReadOnlyList<TagConcept> concepts)
    {
        foreach (var concept in concepts)
        {
            Add(concept);
        }

        return this;
    }
}
