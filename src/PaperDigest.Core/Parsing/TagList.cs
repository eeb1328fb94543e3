namespace PaperDigest.Parsing;

/// <summary>
/// A paper's tags in source order without exact repeats, with a hashed index of their labels so that a line of
/// 100,000 distinct tags splits in linear time.
/// </summary>
internal sealed class TagList
{
    private readonly List<DigestTag> _items = [];
    private readonly HashSet<string> _labels = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public IReadOnlyList<DigestTag> Items => _items;

    public bool Contains(ReadOnlySpan<char> label) => _labels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label);

    public void Add(DigestTag tag)
    {
        if (_labels.Add(tag.Label))
        {
            _items.Add(tag);
        }
    }

    public void Clear()
    {
        _items.Clear();
        _labels.Clear();
    }

    public DigestTag[] ToArray() => _items.Count == 0 ? [] : [.. _items];
}
