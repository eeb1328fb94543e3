namespace PaperDigest.Taxonomy;

/// <summary>
/// Gives every tag and topic/category label of one parse its canonical id. Resolves each distinct label once
/// and shares the resulting <see cref="DigestTag"/>, since catalogs repeat the same few hundred labels.
/// </summary>
internal sealed class TagCanonicalizer
{
    private readonly TagTaxonomy _taxonomy;
    private readonly Dictionary<string, DigestTag> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DigestTag>.AlternateLookup<ReadOnlySpan<char>> _tagsBySpan;

    // Every distinct label with its key, kept from its one resolution so teaching does not normalize it again.
    private readonly List<ResolvedLabel> _resolved = [];

    /// <summary>The taxonomy labels resolve with.</summary>
    public TagTaxonomy Taxonomy => _taxonomy;

    public TagCanonicalizer(TagTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        _tagsBySpan = _tags.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The resolved tags; the same list when every tag already is the shared resolved one.</summary>
    public IReadOnlyList<DigestTag> Map(IReadOnlyList<DigestTag> tags)
    {
        DigestTag[]? mapped = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = Resolve(tags[i].Label);
            if (mapped is null && !ReferenceEquals(tag, tags[i]))
            {
                mapped = new DigestTag[tags.Count];
                for (var j = 0; j < i; j++)
                {
                    mapped[j] = tags[j];
                }
            }

            if (mapped is not null)
            {
                mapped[i] = tag;
            }
        }

        return mapped ?? tags;
    }

    /// <summary>Resolves (once) the labels of tags a parser made without the canonicalizer, so teaching sees every label.</summary>
    public void Observe(IEnumerable<DigestTag> tags)
    {
        foreach (var tag in tags)
        {
            Resolve(tag.Label);
        }
    }

    /// <summary>
    /// Teaches the parse the acronyms its own labels spell out: once <c>Visual Question Answering (VQA)</c> is seen,
    /// every bare <c>VQA</c> of the parse takes its canonical id. Returns the merges so the parse can report them.
    /// </summary>
    public IReadOnlyList<TagMerge> TeachSpelledOutAcronyms()
    {
        if (!_tags.Keys.Any(l => l.EndsWith(')')))
        {
            return [];
        }

        var merges = TagMergeLearner.Learn(_resolved, initials: false);
        foreach (var merge in merges)
        {
            var acronymKey = TagTaxonomy.UnmappedKey(merge.Label);
            foreach (var tag in _tags.Values.Where(t => !t.IsMapped && t.Canonical == acronymKey).ToArray())
            {
                _tags[tag.Label] = new DigestTag(tag.Label, merge.Canonical) { IsMapped = merge.IsMapped };
            }
        }

        return merges;
    }

    /// <summary>
    /// The canonical id of a topic or category label; <see langword="null"/> stays <see langword="null"/>. A list no
    /// concept takes as a whole (<c>cs.CL, cs.AI</c>) resolves by its first item, as arXiv lists the primary first.
    /// </summary>
    public string? Canonical(string? label)
    {
        if (label is null)
        {
            return null;
        }

        var tag = Resolve(label);
        var comma = label.AsSpan().IndexOfAny(',', '，');
        return !tag.IsMapped && comma > 0 && Resolve(label.AsSpan(0, comma).Trim()) is { IsMapped: true } first
            ? first.Canonical
            : tag.Canonical;
    }

    /// <summary>The shared resolved tag for a label read from the input; allocates only for a label not seen before.</summary>
    public DigestTag Resolve(ReadOnlySpan<char> label) => Resolve(label, null);

    private DigestTag Resolve(string label) => Resolve(label, label);

    // `text` is the label as a string when the caller has one, so a first sighting does not copy it.
    private DigestTag Resolve(ReadOnlySpan<char> label, string? text)
    {
        if (!_tagsBySpan.TryGetValue(label, out var tag))
        {
            var resolved = _taxonomy.ResolveOnce(text ?? label.ToString());
            tag = new DigestTag(resolved.Text, resolved.Canonical)
            {
                IsMapped = resolved.Concept is not null,
                PlacedUnder = resolved.Concept is null ? DigestTag.Placements(resolved.Text, _taxonomy) : null,
            };
            _tags.Add(tag.Label, tag);
            _resolved.Add(resolved);
        }

        return tag;
    }
}
