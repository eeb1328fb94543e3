using PaperDigest.Query;

namespace PaperDigest;

/// <summary>Facet counts over any set of corpus entries (all of a corpus, or a filtered set).</summary>
public static class CorpusEntryFacets
{
    /// <summary>
    /// Counts <paramref name="entries"/> by <paramref name="kind"/>, most frequent first (ties by key). Concept
    /// labels come in <paramref name="language"/> (<c>en</c>, <c>zh-Hans</c>, <c>zh-Hant</c>; default English).
    /// </summary>
    public static IReadOnlyList<FacetValue> Facet(this IEnumerable<CorpusEntry> entries, FacetKind kind, string language = TagLanguages.English)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var counter = new FacetCounter(TagLanguages.Canonicalize(language));
        foreach (var entry in entries)
        {
            counter.Add(entry, kind);
        }

        return counter.Values();
    }
}
