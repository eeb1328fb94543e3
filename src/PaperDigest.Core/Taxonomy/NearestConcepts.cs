namespace PaperDigest.Taxonomy;

/// <summary>
/// The concepts whose id or English name is closest to a value no concept takes (a misspelt <c>tag:</c> id), by edit
/// distance between normalized keys. One pass over the concepts; each distance is bounded by the shorter key's length.
/// </summary>
internal static class NearestConcepts
{
    public static IReadOnlyList<TagConcept> Find(TagTaxonomy taxonomy, string value, int count)
    {
        var key = TagNormalizer.Normalize(value).Replace('-', ' ');
        if (key.Length == 0 || count <= 0)
        {
            return [];
        }

        var scored = new List<(int Distance, TagConcept Concept)>();
        foreach (var concept in taxonomy.Concepts)
        {
            var best = Distance(key, concept.Id.Replace('-', ' '));
            if (concept.PrefLabels.TryGetValue(TagLanguages.English, out var name))
            {
                best = Math.Min(best, Distance(key, TagNormalizer.Normalize(name)));
            }

            // Closer than half the value's length: a spelling of it, not another word.
            if (best * 2 <= key.Length)
            {
                scored.Add((best, concept));
            }
        }

        return [.. scored.OrderBy(s => s.Distance).ThenBy(s => s.Concept.Id, StringComparer.Ordinal).Take(count).Select(s => s.Concept)];
    }

    // Levenshtein distance with two rows.
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) * 2 > a.Length)
        {
            return int.MaxValue / 2;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
