using System.Collections.Frozen;

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

        var byId = concepts.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        var keys = IndexLabels(concepts, labelKeys, compact: false, out var conflicts);
        var compactKeys = IndexLabels(concepts, labelKeys, compact: true, out var compactConflicts);
        issues.AddRange(conflicts.Select(c => Conflict(c.Key, c.Owners, compact: false)));

        // Labels equal as keys are equal without spaces too: report those once, as the key conflict.
        var reported = conflicts.Select(c => (c.Key.Replace(" ", "", StringComparison.Ordinal), string.Join(',', c.Owners))).ToHashSet();
        issues.AddRange(compactConflicts
            .Where(c => !reported.Contains((c.Key, string.Join(',', c.Owners))))
            .Select(c => Conflict(c.Key, c.Owners, compact: true)));
        var narrower = concepts
            .SelectMany(c => c.Broader.Select(b => (Broader: b, Narrower: c)))
            .GroupBy(p => p.Broader, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<TagConcept>)[.. g.Select(p => p.Narrower)], StringComparer.Ordinal);

        return new TagTaxonomy(concepts, byId, keys, compactKeys, narrower, issues);
    }

    /// <summary>The accepted broader ids per concept: unknown ids and links that would close a cycle are reported and dropped.</summary>
    private static Dictionary<string, string[]> CheckBroader(IReadOnlyList<TagConcept> drafts, HashSet<string> ids, List<TaxonomyIssue> issues)
    {
        var accepted = drafts.ToDictionary(c => c.Id, _ => new List<string>(), StringComparer.Ordinal);
        var walk = new BroaderWalk();
        foreach (var concept in drafts)
        {
            foreach (var parent in concept.Broader)
            {
                if (!ids.Contains(parent))
                {
                    issues.Add(new TaxonomyIssue(TaxonomyIssueKind.UnknownBroader, parent, [concept.Id],
                        $"Concept '{concept.Id}' names the broader concept '{parent}', which does not exist; the link is ignored."));
                }
                else if (parent == concept.Id || walk.Reaches(accepted, parent, concept.Id))
                {
                    issues.Add(new TaxonomyIssue(TaxonomyIssueKind.BroaderCycle, parent, [concept.Id, parent],
                        $"Concept '{concept.Id}' under '{parent}' would close a cycle of broader links; the link is ignored."));
                }
                else
                {
                    accepted[concept.Id].Add(parent);
                }
            }
        }

        return accepted.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Whether walking broader links from one concept reaches another (iterative; its sets are reused across calls).</summary>
    private sealed class BroaderWalk
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly Stack<string> _pending = new();

        public bool Reaches(Dictionary<string, List<string>> broader, string from, string target)
        {
            _seen.Clear();
            _pending.Clear();
            _seen.Add(from);
            _pending.Push(from);
            while (_pending.TryPop(out var id))
            {
                foreach (var parent in broader[id])
                {
                    if (parent == target)
                    {
                        return true;
                    }

                    if (_seen.Add(parent))
                    {
                        _pending.Push(parent);
                    }
                }
            }

            return false;
        }
    }

    /// <summary>Maps each label key to its concept, or to <see langword="null"/> when several concepts claim it.</summary>
    private static FrozenDictionary<string, TagConcept?> IndexLabels(TagConcept[] concepts, LabelKeys labelKeys, bool compact, out List<(string Key, string[] Owners)> conflicts)
    {
        var claims = new Dictionary<string, List<TagConcept>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var concept in concepts)
        {
            foreach (var label in concept.AllLabels().Append(concept.Id))
            {
                var keys = labelKeys.Of(label);
                if (keys.Key is null)
                {
                    continue;
                }

                if (!compact)
                {
                    Claim(claims, order, keys.Key, concept);
                    continue;
                }

                Claim(claims, order, keys.Compact!, concept);
                if (keys.CompactWithoutAnd is { } withoutAnd)
                {
                    Claim(claims, order, withoutAnd, concept);
                }
            }
        }

        conflicts = [.. order.Where(k => claims[k].Count > 1).Select(k => (k, claims[k].Select(c => c.Id).ToArray()))];
        return claims.ToFrozenDictionary(p => p.Key, p => p.Value.Count == 1 ? p.Value[0] : null, StringComparer.Ordinal);
    }

    private static void Claim(Dictionary<string, List<TagConcept>> claims, List<string> order, string key, TagConcept concept)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!claims.TryGetValue(key, out var owners))
        {
            claims.Add(key, owners = []);
            order.Add(key);
        }

        if (!owners.Contains(concept))
        {
            owners.Add(concept);
        }
    }

    private static TaxonomyIssue Conflict(string key, string[] owners, bool compact)
    {
        var names = string.Join(", ", owners.Select(o => $"'{o}'"));
        return new TaxonomyIssue(TaxonomyIssueKind.LabelConflict, key, owners, compact
            ? $"Labels of {names} are equal when spaces are ignored ('{key}'); that spelling resolves to none of them."
            : $"The label key '{key}' is claimed by {names}; it resolves to none of them.");
    }
}
