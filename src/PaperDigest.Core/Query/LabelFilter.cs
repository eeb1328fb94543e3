namespace PaperDigest.Query;

/// <summary>
/// The canonical ids a tag, category or topic filter accepts: the concept a value names (by id or any label)
/// with its narrower concepts, or, for a value no concept takes, its normalized key. A tag no concept takes is
/// accepted where it is placed under an accepted concept (<see cref="DigestTag.PlacedUnder"/>).
/// </summary>
internal sealed class LabelFilter
{
    private readonly HashSet<string> _accepted = new(StringComparer.Ordinal);

    public LabelFilter(TagTaxonomy taxonomy, string value, bool includeNarrower)
    {
        if (taxonomy.TryGetConcept(value.Trim(), out var concept) || taxonomy.TryResolve(value, out concept))
        {
            _accepted.Add(concept.Id);
            if (includeNarrower)
            {
                _accepted.UnionWith(taxonomy.GetDescendants(concept.Id).Select(c => c.Id));
            }
        }
        else
        {
            _accepted.Add(TagNormalizer.Normalize(value));
        }
    }

    public bool Accepts(string? canonical) => canonical is not null && _accepted.Contains(canonical);

    // A tag placed under a concept the filter accepts (a narrower notion of it) is accepted.
    private bool AcceptsAny(IReadOnlyList<string> placed)
    {
        for (var i = 0; i < placed.Count; i++)
        {
            if (_accepted.Contains(placed[i]))
            {
                return true;
            }
        }

        return false;
    }

    public bool AcceptsAny(IReadOnlyList<DigestTag> tags)
    {
        // Indexing, not foreach: an interface enumerator would allocate once per entry.
        for (var i = 0; i < tags.Count; i++)
        {
            if (_accepted.Contains(tags[i].Canonical) || (tags[i].PlacedUnder is { } placed && AcceptsAny(placed)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A filter built for the taxonomy of the entries it meets (the entries of one corpus share it, so it builds
    /// once per call); the cache is one reference, so concurrent callers at worst build it twice.
    /// </summary>
    public static Func<CorpusEntry, bool> For(string value, bool includeNarrower, Func<LabelFilter, CorpusEntry, bool> test)
    {
        Built? cache = null;
        return entry =>
        {
            var taxonomy = entry.Document.Corpus.Taxonomy;
            var current = cache;
            if (current is null || !ReferenceEquals(current.Taxonomy, taxonomy))
            {
                current = new Built(taxonomy, new LabelFilter(taxonomy, value, includeNarrower));
                cache = current;
            }

            return test(current.Filter, entry);
        };
    }

    private sealed record Built(TagTaxonomy Taxonomy, LabelFilter Filter);
}
