namespace PaperDigest.Parsing;

/// <summary>
/// An entry's links in source order without duplicates (<see cref="LinkExtractor.AddDistinct"/>'s rule), with a
/// hashed index so that adding stays constant time however many links a hostile line holds.
/// </summary>
internal sealed class LinkSet
{
    private readonly List<DigestLink> _items = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public IReadOnlyList<DigestLink> Items => _items;

    /// <summary>Adds <paramref name="link"/> unless a link of the same kind and id (or, without an id, URL) is here.</summary>
    public bool Add(DigestLink link)
    {
        if (!_keys.Add(Key(link)))
        {
            return false;
        }

        _items.Add(link);
        return true;
    }

    public void Clear()
    {
        _items.Clear();
        _keys.Clear();
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

    // Any version of an arXiv paper is the same paper; ids compare as the old linear scan did.
    private static string Key(DigestLink link) => link.Id is null
        ? $"{(int)link.Kind}u{link.Url}"
        : link.Kind == LinkKind.Arxiv
            ? $"{(int)link.Kind}i{ArxivId.WithoutVersion(link.Id).ToString().ToUpperInvariant()}"
            : $"{(int)link.Kind}i{link.Id}";
}
