namespace PaperDigest.Taxonomy;

/// <summary>
/// The keys labels are indexed under, each label normalized once: its <see cref="TagNormalizer"/> key, the key
/// without spaces, and (for a key with a joining <c>and</c>) the key without spaces and without that word. Building
/// the built-in taxonomy asks for tens of thousands of labels, many of them twice, so the keys are remembered.
/// </summary>
internal sealed class LabelKeys
{
    private readonly Dictionary<string, Keys> _keys = new(StringComparer.Ordinal);

    public Keys Of(string label)
    {
        if (!_keys.TryGetValue(label, out var keys))
        {
            var key = TagNormalizer.Normalize(label);
            keys = key.Length == 0
                ? default
                : new Keys(key, TagKeys.Compact(key, withoutAnd: false), TagKeys.HasJoiningAnd(key) ? TagKeys.Compact(key, withoutAnd: true) : null);
            _keys.Add(label, keys);
        }

        return keys;
    }

    /// <summary>A label's keys; <see cref="Key"/> is <see langword="null"/> when the label has no letters or digits.</summary>
    internal readonly record struct Keys(string? Key, string? Compact, string? CompactWithoutAnd);
}
