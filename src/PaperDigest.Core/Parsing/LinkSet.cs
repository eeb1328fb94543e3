namespace PaperDigest.Parsing;

/// <summary>
/// An entry's links in source order without duplicates (<see cref="LinkExtractor.AddDistinct"/>'s rule), with a
/// hashed index so that adding stays constant time however many links a hostile line holds. Most sets hold a few
/// links: the index is built only past <see cref="IndexFrom"/> of them (a record of 50,000 made one per record).
/// </summary>
internal sealed class LinkSet
{
    private const int IndexFrom = 8;

    private readonly List<DigestLink> _items = [];
    private HashSet<DigestLink>? _keys;

    public int Count => _items.Count;

    public IReadOnlyList<DigestLink> Items => _items;

    /// <summary>Adds <paramref name="link"/> unless a link of the same kind and id (or, without an id, URL) is here.</summary>
    public bool Add(DigestLink link)
    {
        if (_keys is not null ? !_keys.Add(link) : HasSmall(link))
        {
            return false;
        }

        _items.Add(link);
        if (_keys is null && _items.Count >= IndexFrom)
        {
            _keys = new HashSet<DigestLink>(_items, SamePaperComparer.Instance);
        }

        return true;
    }

    public void Clear()
    {
        _items.Clear();
        _keys = null;
    }

    private bool HasSmall(DigestLink link)
    {
        foreach (var item in _items)
        {
            if (SamePaperComparer.Instance.Equals(item, link))
            {
                return true;
            }
        }

        return false;
    }

    public DigestLink[] ToArray() => [.. _items];

    /// <summary>A set holding <paramref name="links"/>, duplicates dropped.</summary>
    public static LinkSet Of(IEnumerable<DigestLink> links)
    {
        var set = new LinkSet();
        foreach (var link in links)
        {
            set.Add(link);
        }

        return set;
    }

    // Any version of an arXiv paper is the same paper; ids compare as the old linear scan did. Compared in place:
    // no key string per link.
    private sealed class SamePaperComparer : IEqualityComparer<DigestLink>
    {
        public static readonly SamePaperComparer Instance = new();

        public bool Equals(DigestLink? x, DigestLink? y)
        {
            if (x is null || y is null)
            {
                return ReferenceEquals(x, y);
            }

            if (x.Kind != y.Kind || (x.Id is null) != (y.Id is null))
            {
                return false;
            }

            return x.Id is null
                ? string.Equals(x.Url, y.Url, StringComparison.Ordinal)
                : x.Kind == LinkKind.Arxiv
                    ? ArxivId.WithoutVersion(x.Id).Equals(ArxivId.WithoutVersion(y.Id), StringComparison.OrdinalIgnoreCase)
                    : string.Equals(x.Id, y.Id, StringComparison.Ordinal);
        }

        public int GetHashCode(DigestLink link) => HashCode.Combine(link.Kind, link.Id is null
            ? string.GetHashCode(link.Url.AsSpan(), StringComparison.Ordinal) * 31
            : link.Kind == LinkKind.Arxiv
                ? string.GetHashCode(ArxivId.WithoutVersion(link.Id), StringComparison.OrdinalIgnoreCase)
                : string.GetHashCode(link.Id.AsSpan(), StringComparison.Ordinal));
    }
}
