namespace PaperDigest.Taxonomy;

/// <summary>
/// Merges concept schemes of falling precedence into one: the hand-made concepts first, then the arXiv
/// categories, then the OpenAlex keywords. A lower scheme never takes a label a higher one has (spaces and a
/// joining <c>and</c> ignored): a concept without codes whose name (or id) a higher concept has is merged into that
/// concept (its other labels, such as a Chinese one, become alternative labels there) and links to it go there; a
/// coded concept keeps its code and shows a taken preferred label with it (<c>Artificial Intelligence (cs.AI)</c>).
/// So the built-in taxonomy has no label conflicts by construction.
/// </summary>
internal sealed class TaxonomyLayers
{
    private readonly Dictionary<string, string> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _compactClaims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TagConcept> _concepts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, List<string>> _joined = new(StringComparer.Ordinal);
    private readonly LabelKeys _labelKeys = new();

    // The first scheme's concept ids: the hand-made concepts imported keywords hang under by their head.
    private HashSet<string>? _handMade;

    /// <summary>Adds a scheme below the ones added before it.</summary>
    public void AddBelow(IReadOnlyList<TagConcept> scheme)
    {
        var redirect = new Dictionary<string, string?>(StringComparer.Ordinal);
        var kept = new List<TagConcept>(scheme.Count);
        foreach (var concept in scheme)
        {
            if (_concepts.ContainsKey(concept.Id))
            {
                redirect[concept.Id] = concept.Id;
                continue;
            }

            // A concept without codes whose name a higher concept has is that concept: its other labels join it.
            if (concept.AltLabels.Count == 0 && (concept.PrefLabels.Values.Select(Owner).FirstOrDefault(o => o is not null) ?? Owner(concept.Id)) is { } owner)
            {
                JoinOwner(owner, concept);
                redirect[concept.Id] = owner;
                continue;
            }

            var altLabels = concept.AltLabels.Where(IsFree).ToArray();
            var hiddenLabels = concept.HiddenLabels.Where(IsFree).ToArray();
            var code = altLabels.FirstOrDefault();
            var prefLabels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (language, label) in concept.PrefLabels)
            {
                var shown = IsFree(label) ? label : code is not null ? $"{label} ({code})" : null;
                if (shown is not null && IsFree(shown))
                {
                    prefLabels[language] = shown;
                }
            }

            if (prefLabels.Count == 0 && altLabels.Length == 0)
            {
                redirect[concept.Id] = Owner(concept.AllLabels().FirstOrDefault());
                continue;
            }

            var accepted = new TagConcept(concept.Id)
            {
                PrefLabels = prefLabels,
                AltLabels = altLabels,
                HiddenLabels = hiddenLabels,
                Broader = HeadConcept(concept) is { } head ? [.. concept.Broader, head] : concept.Broader,
            };
            Claim(accepted);
            kept.Add(accepted);
        }

        _handMade ??= [.. kept.Select(c => c.Id)];
        foreach (var concept in kept)
        {
            _concepts[concept.Id] = new TagConcept(concept.Id)
            {
                PrefLabels = concept.PrefLabels,
                AltLabels = concept.AltLabels,
                HiddenLabels = concept.HiddenLabels,
                Broader = [.. concept.Broader
                    .Select(b => redirect.TryGetValue(b, out var to) ? to : b)
                    .OfType<string>()
                    .Where(b => b != concept.Id)
                    .Distinct(StringComparer.Ordinal)],
            };
            _order.Add(concept.Id);
        }
    }

    /// <summary>The merged taxonomy, indexed with the label keys already computed while layering.</summary>
    public TagTaxonomy Build() => TaxonomyIndex.Build(
        [.. _order.Select(id => _joined.TryGetValue(id, out var labels)
            ? new TagConcept(id)
            {
                PrefLabels = _concepts[id].PrefLabels,
                AltLabels = [.. _concepts[id].AltLabels, .. labels],
                HiddenLabels = _concepts[id].HiddenLabels,
                Broader = _concepts[id].Broader,
            }
            : _concepts[id])],
        _labelKeys);

    // An imported keyword whose head (its longest tail of whole words, or of two Han characters or more) is a
    // hand-made concept's label hangs under that concept too: "deep reinforcement learning" under reinforcement
    // learning, "causal reasoning" under reasoning. Ambiguous and generic heads (PlacementGuards) link nothing.
    private string? HeadConcept(TagConcept concept)
    {
        // Coded concepts (arXiv categories) are a scheme of their own; only keywords hang under hand-made concepts.
        if (_handMade is null || concept.AltLabels.Count > 0)
        {
            return null;
        }

        foreach (var label in concept.PrefLabels.Values)
        {
            var key = TagNormalizer.Normalize(label);
            var han = TagTaxonomy.IsHan(key);
            for (var start = NextTail(key, 0, han); start > 0; start = NextTail(key, start, han))
            {
                var tail = key[start..];
                if (!PlacementGuards.IsGuarded(tail) && Owner(tail) is { } owner && _handMade.Contains(owner))
                {
                    return owner;
                }
            }
        }

        return null;
    }

    // The start of the next shorter tail: after the next space, or one Han character on (two at least remain).
    private static int NextTail(string key, int start, bool han) =>
        han ? (start + 1 <= key.Length - 2 ? start + 1 : -1)
        : key.IndexOf(' ', start) is var space and >= 0 ? space + 1 : -1;

    private void JoinOwner(string owner, TagConcept concept)
    {
        foreach (var label in concept.AllLabels().Where(IsFree))
        {
            (_joined.TryGetValue(owner, out var labels) ? labels : _joined[owner] = []).Add(label);
            ClaimLabel(label, owner);
        }
    }

    private bool IsFree(string label) => Owner(label) is null;

    /// <summary>The concept that has claimed any key of the label (the normalized key, without spaces, without a joining <c>and</c>).</summary>
    private string? Owner(string? label)
    {
        if (label is null || _labelKeys.Of(label) is not { Key: { } key } keys)
        {
            return null;
        }

        return _claims.GetValueOrDefault(key)
            ?? _compactClaims.GetValueOrDefault(keys.Compact!)
            ?? (keys.CompactWithoutAnd is { } withoutAnd ? _compactClaims.GetValueOrDefault(withoutAnd) : null);
    }

    private void Claim(TagConcept concept)
    {
        foreach (var label in concept.AllLabels().Append(concept.Id))
        {
            ClaimLabel(label, concept.Id);
        }
    }

    private void ClaimLabel(string label, string owner)
    {
        if (_labelKeys.Of(label) is not { Key: { } key } keys)
        {
            return;
        }

        _claims.TryAdd(key, owner);
        _compactClaims.TryAdd(keys.Compact!, owner);
        if (keys.CompactWithoutAnd is { } withoutAnd)
        {
            _compactClaims.TryAdd(withoutAnd, owner);
        }
    }
}
