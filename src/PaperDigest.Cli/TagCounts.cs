namespace PaperDigest.Cli;

/// <summary>Tag, topic and category counts over a set of documents, grouped by canonical id.</summary>
internal sealed class TagCounts(TagTaxonomy taxonomy)
{
    private readonly Dictionary<string, Group> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _categories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rawFolded = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];

    public int Documents { get; private set; }

    public int TagOccurrences { get; private set; }

    /// <summary>Tag occurrences whose label a concept took.</summary>
    public int MappedOccurrences { get; private set; }

    /// <summary>Unmapped tag occurrences placed under a broader concept by their head (<see cref="TagTaxonomy.TryResolveBroader"/>).</summary>
    public int PlacedOccurrences { get; private set; }

    /// <summary>Every raw tag label, one per occurrence (the evidence merges and suggestions are learned from).</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Distinct raw tag labels, compared case-insensitively (invariant lower case).</summary>
    public int DistinctRawTags => _rawFolded.Count;

    public IReadOnlyList<Group> Tags => Sorted(_tags);

    public IReadOnlyList<Group> Topics => Sorted(_topics);

    public IReadOnlyList<Group> Categories => Sorted(_categories);

    /// <summary>Raw labels no concept took, case-folded, with their normalized key and count, most frequent first.</summary>
    public IReadOnlyList<(string Label, string Key, int Count)> Unmapped() =>
        [.. _tags.Values.Where(g => !g.IsMapped)
            .SelectMany(g => g.Labels.Select(l => (Label: l.Key, Key: g.Canonical, Count: l.Value)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Label, StringComparer.Ordinal)];

    public void Add(DigestDocument document)
    {
        Documents++;
        foreach (var tag in document.Tags.Concat(document.Entries.SelectMany(e => e.Tags)))
        {
            TagOccurrences++;
            MappedOccurrences += tag.IsMapped ? 1 : 0;
            PlacedOccurrences += !tag.IsMapped && taxonomy.TryResolveBroader(tag.Label, out _) ? 1 : 0;
            _labels.Add(tag.Label);
            _rawFolded.Add(tag.Label.ToLowerInvariant());
            Count(_tags, tag.Canonical, tag.IsMapped, tag.Label);
        }

        foreach (var entry in document.Entries)
        {
            CountLabel(_topics, entry.Topic, entry.CanonicalTopic);
            CountLabel(_categories, entry.Category, entry.CanonicalCategory);
        }
    }

    // Topic and category ids carry no mapped flag: a canonical value that is a concept id was mapped.
    private void CountLabel(Dictionary<string, Group> groups, string? label, string? canonical)
    {
        if (label is not null && canonical is not null)
        {
            Count(groups, canonical, taxonomy.TryGetConcept(canonical, out _), label);
        }
    }

    private static void Count(Dictionary<string, Group> groups, string canonical, bool mapped, string label)
    {
        if (!groups.TryGetValue(canonical, out var group))
        {
            groups.Add(canonical, group = new Group(canonical, mapped));
        }

        group.Count++;
        var folded = label.ToLowerInvariant();
        group.Labels[folded] = group.Labels.GetValueOrDefault(folded) + 1;
    }

    private static List<Group> Sorted(Dictionary<string, Group> groups) =>
        [.. groups.Values.OrderByDescending(g => g.Count).ThenBy(g => g.Canonical, StringComparer.Ordinal)];

    /// <summary>One canonical id (or unmapped key) and the raw labels counted under it.</summary>
    internal sealed class Group(string canonical, bool isMapped)
    {
        public string Canonical { get; } = canonical;

        public bool IsMapped { get; } = isMapped;

        public int Count { get; set; }

        public Dictionary<string, int> Labels { get; } = new(StringComparer.Ordinal);
    }
}
