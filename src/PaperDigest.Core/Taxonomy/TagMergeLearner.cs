using System.Globalization;
using System.Runtime.InteropServices;

namespace PaperDigest.Taxonomy;

/// <summary>
/// Learns acronym merges from the labels of a set of documents: an acronym spelled out by another label
/// (<c>Visual Question Answering (VQA)</c>), or an acronym whose letters are the initials of exactly one other
/// label (<c>VQA</c> and <c>visual question answering</c>). Only acronyms no concept takes are merged, so a
/// taxonomy's own decisions (<c>VLA</c> is not <c>VLM</c>) always win. Linear in the number of distinct labels.
/// </summary>
internal static class TagMergeLearner
{
    public static List<TagMerge> Learn(TagTaxonomy taxonomy, IEnumerable<string> labels, bool initials) =>
        Learn(labels.Select(taxonomy.ResolveOnce), initials);

    /// <summary>Learns from labels already resolved (a parse has resolved each of its labels once).</summary>
    public static List<TagMerge> Learn(IEnumerable<ResolvedLabel> labels, bool initials)
    {
        var seen = Count(initials ? labels : SpellingOutAndSpelled(labels));
        var merges = new List<TagMerge>();
        var merged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in seen.Values.Where(l => l.SpelledAcronym is not null).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (seen.TryGetValue(label.SpelledAcronym!, out var acronym) && !acronym.IsMapped && acronym.Canonical != label.Canonical && merged.Add(acronym.Key))
            {
                merges.Add(new TagMerge(acronym.Text, label.Text, label.Canonical, label.IsMapped, TagMergeRule.SpelledOut,
                    $"'{label.Text}' spells out '{acronym.Text}' (×{acronym.Count})"));
            }
        }

        if (initials)
        {
            LearnInitials(seen, merged, merges);
        }

        return merges;
    }

    private static void LearnInitials(Dictionary<string, SeenLabel> seen, HashSet<string> merged, List<TagMerge> merges)
    {
        var byInitials = new Dictionary<string, List<SeenLabel>>(StringComparer.Ordinal);
        foreach (var label in seen.Values.Where(l => l.SpelledAcronym is null && !l.Key.Contains('(')))
        {
            foreach (var initials in InitialsOf(label.Key))
            {
                (byInitials.TryGetValue(initials, out var list) ? list : byInitials[initials] = []).Add(label);
            }
        }

        foreach (var acronym in seen.Values.Where(l => l.IsAcronym && !l.IsMapped && !merged.Contains(l.Key)).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var letters = acronym.Key.Replace("-", "", StringComparison.Ordinal);
            var plural = Acronyms.HasPluralS(acronym.Text);
            var candidates = Candidates(byInitials, letters).Concat(plural ? Candidates(byInitials, letters[..^1]) : [])
                .Where(c => Acronyms.Spells(acronym.Key, c.Key, initialsOnly: true, plural))
                .DistinctBy(c => c.Canonical)
                .Take(2)
                .ToList();
            if (candidates.Count == 1 && candidates[0].Canonical != acronym.Canonical)
            {
                var expansion = candidates[0];
                merged.Add(acronym.Key);
                merges.Add(new TagMerge(acronym.Text, expansion.Text, expansion.Canonical, expansion.IsMapped, TagMergeRule.Initials,
                    string.Create(CultureInfo.InvariantCulture,
                        $"'{acronym.Text}' ×{acronym.Count} and '{expansion.Text}' ×{expansion.Count}: {string.Join('-', letters.ToUpperInvariant().ToCharArray())} are its initials, and no other label's")));
            }
        }
    }

    // Without initials only two kinds of label take part: one that spells out an acronym, "X (Y)", and one whose key
    // is such a Y. A parse has a few of those among hundreds of labels, so the rest are never counted.
    private static List<ResolvedLabel> SpellingOutAndSpelled(IEnumerable<ResolvedLabel> labels)
    {
        var acronymKeys = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<ResolvedLabel>();
        foreach (var label in labels)
        {
            if (label.Key.EndsWith(')') && SpelledAcronymKey(label.Text, label.Key) is { } acronymKey)
            {
                acronymKeys.Add(acronymKey);
            }
        }

        if (acronymKeys.Count == 0)
        {
            return kept;
        }

        foreach (var label in labels)
        {
            if (label.Key.EndsWith(')') || acronymKeys.Contains(label.Key))
            {
                kept.Add(label);
            }
        }

        return kept;
    }

    private static List<SeenLabel> Candidates(Dictionary<string, List<SeenLabel>> byInitials, string letters) =>
        byInitials.TryGetValue(letters, out var list) ? list : [];

    /// <summary>The initials of a multi-word key, with and without its small words (<c>mixture of experts</c>: <c>moe</c>, <c>me</c>).</summary>
    private static IEnumerable<string> InitialsOf(string key)
    {
        var words = key.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > 12 || !words.All(w => char.IsAsciiLetterOrDigit(w[0])))
        {
            return [];
        }

        var all = string.Concat(words.Select(w => w[0]));
        var content = string.Concat(words.Where(w => !Acronyms.IsSmallWord(w)).Select(w => w[0]));
        return all == content ? [all] : [all, content];
    }

    private static Dictionary<string, SeenLabel> Count(IEnumerable<ResolvedLabel> labels)
    {
        var capacity = labels.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var seen = new Dictionary<string, SeenLabel>(capacity, StringComparer.Ordinal);

        // Keyed by the text alone: a text has one key, so counting (key, text) pairs would hash the key for nothing.
        var spellings = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        foreach (var resolution in labels)
        {
            var text = resolution.Text;
            if (resolution.Key.Length == 0)
            {
                continue;
            }

            if (!seen.TryGetValue(resolution.Key, out var label))
            {
                seen.Add(resolution.Key, label = new SeenLabel(resolution.Key, resolution.Canonical, resolution.Concept is not null)
                {
                    IsAcronym = Acronyms.IsAcronymLabel(text),
                    SpelledAcronym = SpelledAcronymKey(text, resolution.Key),
                });
            }

            label.Count++;
            ref var spelled = ref CollectionsMarshal.GetValueRefOrAddDefault(spellings, text, out _);
            spelled++;
            if (label.Text is null || spelled > label.TextCount)
            {
                label.Text = text;
                label.TextCount = spelled;
            }
        }

        return seen;
    }

    /// <summary>The key of <c>Y</c> when the label is <c>X (Y)</c>, <c>Y</c> is acronym-shaped and <c>X</c> spells it.</summary>
    private static string? SpelledAcronymKey(string text, string key)
    {
        if (!Acronyms.TrySplitParenthesized(key, out var expansion, out var acronym)
            || !Acronyms.TrySplitParenthesized(text.AsSpan().Trim(), out _, out var rawAcronym)
            || !Acronyms.IsAcronymLabel(rawAcronym))
        {
            return null;
        }

        var acronymKey = TagNormalizer.Normalize(acronym.ToString());
        return Acronyms.Spells(acronym, expansion, initialsOnly: false) ? acronymKey : null;
    }

    private sealed class SeenLabel(string key, string canonical, bool isMapped)
    {
        public string Key { get; } = key;

        public string Canonical { get; } = canonical;

        public bool IsMapped { get; } = isMapped;

        public bool IsAcronym { get; init; }

        public string? SpelledAcronym { get; init; }

        public int Count { get; set; }

        public string Text { get; set; } = null!;

        public int TextCount { get; set; }
    }
}
