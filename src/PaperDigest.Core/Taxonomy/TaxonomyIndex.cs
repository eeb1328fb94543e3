using System.Globalization;

namespace PaperDigest.Taxonomy;

/// <summary>
/// Builds a <see cref="TagTaxonomy"/>: checks broader links, indexes every label by its normalized key and by
/// that key without spaces, and turns labels two concepts claim into reported conflicts.
/// </summary>
internal static class TaxonomyIndex
{
    public static TagTaxonomy Build(IReadOnlyList<TagConcept> drafts, LabelKeys? labelKeys = null)
    {
        labelKeys ??= new LabelKeys();
        var issues = new List<TaxonomyIssue>();
        var ids = drafts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var broader = CheckBroader(drafts, ids, issues);
        var concepts = drafts.Select(c => new TagConcept(c.Id)
        {
            PrefLabels = c.PrefLabels,
            AltLabels = c.AltLabels,
            HiddenLabels = c.HiddenLabels,
            Broader = broader[c.Id],
        }).ToArray();

        var byId = concepts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var (keys, compactKeys) = IndexLabels(concepts, labelKeys, out var conflicts, out var compactConflicts);
        issues.AddRange(conflicts.Select(c => Conflict(c.Key, c.Owners, compact: false)));

        // Labels equal as keys are equal without spaces too: report those once, as the key conflict.
        var reported = conflicts.Select(c => (c.Key.Replace(" ", "", StringComparison.Ordinal), string.Join(',', c.Owners))).ToHashSet();
        issues.AddRange(compactConflicts
            .Where(c => !reported.Contains((c.Key, string.Join(',', c.Owners))))
            .Select(c => Conflict(c.Key, c.Owners, compact: true)));
        return new TagTaxonomy(concepts, byId, keys, compactKeys, issues);
    }

    /// <summary>
    /// The accepted broader ids per concept: unknown ids and links that close a cycle are reported and dropped.
    /// One depth-first walk over all links (concepts and their links in declared order) finds the links that point
    /// back to a concept still being walked, which are the ones that close cycles: linear in concepts and links,
    /// where a reachability check per link was quadratic on a 20,000-long chain.
    /// </summary>
    private static Dictionary<string, string[]> CheckBroader(IReadOnlyList<TagConcept> drafts, HashSet<string> ids, List<TaxonomyIssue> issues)
    {
        // Issues are reported in the order of the concepts that hold the links.
        var found = new List<(int Concept, int Link, TaxonomyIssue Issue)>();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new Dictionary<string, List<(string Parent, int Link)>>(StringComparer.Ordinal);
        foreach (var concept in drafts)
        {
            order.TryAdd(concept.Id, order.Count);
            var known = links.TryGetValue(concept.Id, out var list) ? list : links[concept.Id] = [];
            for (var link = 0; link < concept.Broader.Count; link++)
            {
                var parent = concept.Broader[link];
                if (ids.Contains(parent))
                {
                    known.Add((parent, link));
                    continue;
                }

                found.Add((order[concept.Id], link, new TaxonomyIssue(TaxonomyIssueKind.UnknownBroader, parent, [concept.Id],
                    $"Concept '{concept.Id}' names the broader concept '{parent}', which does not exist; the link is ignored.")));
            }
        }

        var accepted = links.ToDictionary(p => p.Key, _ => new List<string>(), StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: being walked; true: done
        var pending = new Stack<(string Id, int Next)>();
        foreach (var concept in drafts)
        {
            if (state.ContainsKey(concept.Id))
            {
                continue;
            }

            state[concept.Id] = false;
            pending.Push((concept.Id, 0));
            while (pending.TryPop(out var frame))
            {
                var parents = links[frame.Id];
                if (frame.Next == parents.Count)
                {
                    state[frame.Id] = true;
                    continue;
                }

                pending.Push((frame.Id, frame.Next + 1));
                var (parent, link) = parents[frame.Next];
                if (!state.TryGetValue(parent, out var done))
                {
                    accepted[frame.Id].Add(parent);
                    state[parent] = false;
                    pending.Push((parent, 0));
                }
                else if (done)
                {
                    accepted[frame.Id].Add(parent);
                }
                else
                {
                    found.Add((order[frame.Id], link, new TaxonomyIssue(TaxonomyIssueKind.BroaderCycle, parent, [frame.Id, parent],
                        $"Concept '{frame.Id}' under '{parent}' would close a cycle of broader links; the link is ignored.")));
                }
            }
        }

        issues.AddRange(found.OrderBy(f => f.Concept).ThenBy(f => f.Link).Select(f => f.Issue));
        return accepted.ToDictionary(p => p.Key, p => p.Value.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Maps each label key, and each key without spaces (and without a joining <c>and</c>), to its concept, or to
    /// <see langword="null"/> when several concepts claim it. One pass over the labels for both maps.
    /// </summary>
    private static (Dictionary<string, TagConcept?> Keys, Dictionary<string, TagConcept?> CompactKeys) IndexLabels(
        TagConcept[] concepts, LabelKeys labelKeys, out List<(string Key, string[] Owners)> conflicts, out List<(string Key, string[] Owners)> compactConflicts)
    {
        var claims = new Dictionary<string, Owners>(concepts.Length * 2, StringComparer.Ordinal);
        var compactClaims = new Dictionary<string, Owners>(concepts.Length * 2, StringComparer.Ordinal);
        List<string> order = [], compactOrder = [];
        foreach (var concept in concepts)
        {
            foreach (var label in concept.PrefLabels.Values)
            {
                ClaimKeys(labelKeys.Of(label), concept);
            }

            foreach (var label in concept.AltLabels)
            {
                ClaimKeys(labelKeys.Of(label), concept);
            }

            foreach (var label in concept.HiddenLabels)
            {
                ClaimKeys(labelKeys.Of(label), concept);
            }

            ClaimKeys(labelKeys.Of(concept.Id), concept);
        }

        conflicts = Conflicts(claims, order);
        compactConflicts = Conflicts(compactClaims, compactOrder);
        return (Resolved(claims), Resolved(compactClaims));

        void ClaimKeys(LabelKeys.Keys keys, TagConcept concept)
        {
            if (keys.Key is null)
            {
                return;
            }

            Claim(claims, order, keys.Key, concept);
            Claim(compactClaims, compactOrder, keys.Compact!, concept);
            if (keys.CompactWithoutAnd is { } withoutAnd)
            {
                Claim(compactClaims, compactOrder, withoutAnd, concept);
            }
        }
    }

    private static List<(string Key, string[] Owners)> Conflicts(Dictionary<string, Owners> claims, List<string> order) =>
        [.. order.Where(k => claims[k].More is not null).Select(k => (k, claims[k].All().Select(c => c.Id).ToArray()))];

    private static Dictionary<string, TagConcept?> Resolved(Dictionary<string, Owners> claims)
    {
        var resolved = new Dictionary<string, TagConcept?>(claims.Count, StringComparer.Ordinal);
        foreach (var (key, owners) in claims)
        {
            resolved.Add(key, owners.More is null ? owners.First : null);
        }

        return resolved;
    }

    private static void Claim(Dictionary<string, Owners> claims, List<string> order, string key, TagConcept concept)
    {
        if (key.Length == 0)
        {
            return;
        }

        ref var owners = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(claims, key, out var exists);
        if (!exists)
        {
            owners = new Owners(concept, null);
            order.Add(key);
            return;
        }

        // A concept's labels are claimed one after another, so a repeat is always the last owner: no scan.
        if (!ReferenceEquals(owners.Last, concept))
        {
            (owners.More ??= []).Add(concept);
        }
    }

    // The concepts claiming one key: most keys have one, so a list is made only for a second.
    private struct Owners(TagConcept first, List<TagConcept>? more)
    {
        public TagConcept First { get; } = first;

        public List<TagConcept>? More { get; set; } = more;

        public readonly TagConcept Last => More is { Count: > 0 } ? More[^1] : First;

        public readonly IEnumerable<TagConcept> All() => More is null ? [First] : [First, .. More];
    }

    private static TaxonomyIssue Conflict(string key, string[] owners, bool compact)
    {
        // The message names ten owners at most; the issue's ConceptIds hold them all.
        const int Named = 10;
        var names = string.Join(", ", owners.Take(Named).Select(o => $"'{o}'"))
            + (owners.Length > Named ? string.Create(CultureInfo.InvariantCulture, $" and {owners.Length - Named} more") : "");
        return new TaxonomyIssue(TaxonomyIssueKind.LabelConflict, key, owners, compact
            ? $"Labels of {names} are equal when spaces are ignored ('{key}'); that spelling resolves to none of them."
            : $"The label key '{key}' is claimed by {names}; it resolves to none of them.");
    }
}
