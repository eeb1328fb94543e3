using System.Globalization;

namespace PaperDigest.Taxonomy;

/// <summary>
/// Groups the labels a taxonomy leaves unmapped into proposed concepts: spellings that share a key without spaces or
/// a joining <c>and</c> (<c>pre-training</c>, <c>pretraining</c>) are one concept, and learned acronym merges join
/// their expansion (or become alternative labels of the concept the expansion maps to). A proposed concept whose
/// head names a known concept is placed under it (<see cref="TagTaxonomy.TryResolveBroader"/>).
/// </summary>
internal static class TagSuggester
{
    public static List<TagSuggestion> Suggest(TagTaxonomy taxonomy, IReadOnlyList<string> labels)
    {
        var merges = TagMergeLearner.Learn(taxonomy, labels, initials: true);
        var mergedInto = merges.ToDictionary(m => TagTaxonomy.UnmappedKey(m.Label), m => m, StringComparer.Ordinal);
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (taxonomy.TryResolve(label, out _))
            {
                continue;
            }

            var key = TagTaxonomy.UnmappedKey(label);
            if (key.Length == 0)
            {
                continue;
            }

            var merge = mergedInto.GetValueOrDefault(key);
            var groupKey = merge is { IsMapped: true } ? merge.Canonical : TagKeys.Compact(merge?.Canonical ?? key, withoutAnd: true);
            if (!groups.TryGetValue(groupKey, out var group))
            {
                groups.Add(groupKey, group = new Group(merge is { IsMapped: true } ? merge.Canonical : null, merge?.Canonical ?? key));
            }

            group.Add(label.Trim(), merge);
        }

        var ids = new SuggestedIds(taxonomy);
        return [.. groups.Values
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToSuggestion(taxonomy, ids))];
    }

    private sealed class Group(string? conceptId, string key)
    {
        private readonly Dictionary<string, int> _spellings = new(StringComparer.Ordinal);
        private readonly List<TagMerge> _merges = [];

        public string Key => key;

        public int Count { get; private set; }

        public void Add(string label, TagMerge? merge)
        {
            Count++;
            _spellings[label] = _spellings.GetValueOrDefault(label) + 1;
            if (merge is not null && !_merges.Contains(merge))
            {
                _merges.Add(merge);
            }
        }

        public TagSuggestion ToSuggestion(TagTaxonomy taxonomy, SuggestedIds ids)
        {
            var spellings = _spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).ToList();
            var evidence = string.Join(", ", _spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => string.Create(CultureInfo.InvariantCulture, $"'{s.Key}' ×{s.Value}")));
            if (_merges.Count > 0)
            {
                evidence += "; " + string.Join("; ", _merges.Select(m => m.Evidence));
            }

            if (conceptId is not null)
            {
                return new TagSuggestion(new TagConcept(conceptId) { AltLabels = spellings }, Count, $"new labels for '{conceptId}': {evidence}");
            }

            var preferred = _merges.Count > 0 ? _merges[0].Into : spellings[0];
            var language = preferred.Any(c => c > 0x7F && char.IsLetter(c)) ? TagLanguages.SimplifiedChinese : TagLanguages.English;
            var concept = new TagConcept(ids.Next(ConceptIds.FromKey(key) ?? "tag-" + StableHash(key)))
            {
                PrefLabels = new Dictionary<string, string> { [language] = preferred },
                AltLabels = [.. spellings.Where(s => s != preferred)],
                Broader = taxonomy.TryResolveBroader(preferred, out var broader) ? [broader.Id] : [],
            };
            return new TagSuggestion(concept, Count, evidence);
        }

        private static string StableHash(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }

    // Ids stay clear of the taxonomy's own, so loading the suggestions never merges into an unrelated concept. Each
    // stem remembers its next number, so thousands of keys with one stem (a+b, a&b, a/b) take linear time.
    private sealed class SuggestedIds(TagTaxonomy taxonomy)
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _nextNumber = new(StringComparer.Ordinal);

        public string Next(string stem)
        {
            var id = stem;
            var n = _nextNumber.GetValueOrDefault(stem, 2);
            while (taxonomy.TryGetConcept(id, out _) || !_taken.Add(id))
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n++}");
            }

            _nextNumber[stem] = n;
            return id;
        }
    }
}
