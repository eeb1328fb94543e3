namespace PaperDigest.Taxonomy;

/// <summary>A concept being merged from several sources in a <see cref="TagTaxonomyBuilder"/>.</summary>
internal sealed class ConceptDraft(string id)
{
    private readonly Dictionary<string, string> _prefLabels = new(StringComparer.Ordinal);
    private readonly List<string> _prefOrder = [];
    private readonly List<string> _altLabels = [];
    private readonly List<string> _hiddenLabels = [];
    private readonly List<string> _broader = [];

    public void Merge(TagConcept concept)
    {
        foreach (var (language, label) in concept.PrefLabels)
        {
            var tag = TagLanguages.Canonicalize(language);
            if (!_prefLabels.ContainsKey(tag))
            {
                _prefOrder.Add(tag);
            }

            _prefLabels[tag] = label.Trim();
        }

        AddDistinct(_altLabels, concept.AltLabels);
        AddDistinct(_hiddenLabels, concept.HiddenLabels);
        AddDistinct(_broader, concept.Broader);
    }

    public TagConcept ToConcept() => new(id)
    {
        PrefLabels = _prefOrder.ToDictionary(l => l, l => _prefLabels[l], StringComparer.Ordinal).AsReadOnly(),
        AltLabels = _altLabels.ToArray(),
        HiddenLabels = _hiddenLabels.ToArray(),
        Broader = _broader.ToArray(),
    };

    private static void AddDistinct(List<string> target, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            var trimmed = value.Trim();
            if (trimmed.Length > 0 && !target.Contains(trimmed, StringComparer.Ordinal))
            {
                target.Add(trimmed);
            }
        }
    }
}
