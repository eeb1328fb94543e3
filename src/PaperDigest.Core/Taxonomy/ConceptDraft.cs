namespace PaperDigest.Taxonomy;

/// <summary>A concept being merged from several sources in a <see cref="TagTaxonomyBuilder"/>.</summary>
internal sealed class ConceptDraft(string id)
{
    private readonly Dictionary<string, string> _prefLabels = new(StringComparer.Ordinal);
    private readonly List<string> _prefOrder = [];
    private readonly List<string> _altLabels = [];
    private readonly List<string> _hiddenLabels = [];
    private readonly List<string> _broader = [];

    // Every label and link already added, per list, so that merging 50,000 sources of one id stays linear. Made when
    // a list outgrows a scan: most concepts have a few labels, and a set each cost a tenth of loading 100,000 concepts.
    private HashSet<(List<string>, string)>? _seen;

    private const int ScanLimit = 8;

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

    private void AddDistinct(List<string> target, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            var trimmed = value.Trim();
            if (trimmed.Length > 0 && IsNew(target, trimmed))
            {
                target.Add(trimmed);
            }
        }
    }

    private bool IsNew(List<string> target, string value)
    {
        if (_seen is null && target.Count < ScanLimit)
        {
            return !target.Contains(value, StringComparer.Ordinal);
        }

        if (_seen is null)
        {
            _seen = new HashSet<(List<string>, string)>(SeenComparer.Instance);
            foreach (var list in (ReadOnlySpan<List<string>>)[_altLabels, _hiddenLabels, _broader])
            {
                foreach (var item in list)
                {
                    _seen.Add((list, item));
                }
            }
        }

        return _seen.Add((target, value));
    }

    private sealed class SeenComparer : IEqualityComparer<(List<string> List, string Value)>
    {
        public static readonly SeenComparer Instance = new();

        public bool Equals((List<string> List, string Value) x, (List<string> List, string Value) y) =>
            ReferenceEquals(x.List, y.List) && string.Equals(x.Value, y.Value, StringComparison.Ordinal);

        public int GetHashCode((List<string> List, string Value) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.List), StringComparer.Ordinal.GetHashCode(obj.Value));
    }
}
