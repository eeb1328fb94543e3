using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace PaperDigest.Parsing;

/// <summary>
/// Finds a known topic label at the start of a brief item's text (<c>推理 标题</c>, <c>Agent 标题</c>): the
/// labels are every label of the pipeline's taxonomy (all scripts), <see cref="DigestOptions.TopicLabels"/>,
/// and the labels the document's own featured items use (<see cref="Add"/>); the longest wins, and an
/// English label must end at a word boundary.
/// </summary>
/// <remarks>
/// The taxonomy's labels are bucketed once per taxonomy and shared; one matcher per parse adds the
/// document's own labels, bucketed the same way, so a lookup costs a dictionary probe per part.
/// </remarks>
internal sealed class TopicLabelMatcher
{
    private static readonly ConditionalWeakTable<TagTaxonomy, FrozenDictionary<char, string[]>> ByTaxonomy = [];

    private readonly FrozenDictionary<char, string[]> _shared;
    private readonly Dictionary<char, List<string>> _own = [];
    private readonly HashSet<string> _ownSet = new(StringComparer.OrdinalIgnoreCase);

    private TopicLabelMatcher(FrozenDictionary<char, string[]> shared) => _shared = shared;

    /// <summary>A matcher for one parse: the taxonomy's labels (bucketed once per taxonomy) and <paramref name="extra"/>.</summary>
    public static TopicLabelMatcher For(TagTaxonomy taxonomy, IReadOnlyList<string>? extra)
    {
        var shared = ByTaxonomy.GetValue(taxonomy, static t => Bucket(t.Concepts.SelectMany(c => c.AllLabels())));
        var matcher = new TopicLabelMatcher(shared);
        foreach (var label in extra ?? [])
        {
            matcher.Add(label);
        }

        return matcher;
    }

    /// <summary>Adds a label the document itself uses (a featured item's topic).</summary>
    public void Add(string label)
    {
        label = label.Trim();
        if (label.Length == 0 || !_ownSet.Add(label))
        {
            return;
        }

        var key = char.ToUpperInvariant(label[0]);
        if (!_own.TryGetValue(key, out var bucket))
        {
            _own[key] = bucket = [];
        }

        // Longest first, so the first match is the longest.
        var index = bucket.FindIndex(l => l.Length < label.Length);
        bucket.Insert(index < 0 ? bucket.Count : index, label);
    }

    public bool Contains(ReadOnlySpan<char> label) => label.Length > 0 && MatchLength(label) == label.Length;

    /// <summary>The length of the longest known label <paramref name="text"/> starts with; 0 when none.</summary>
    public int MatchLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var key = char.ToUpperInvariant(text[0]);
        var own = _own.TryGetValue(key, out var bucket) ? Longest(text, bucket) : 0;
        return _shared.TryGetValue(key, out var shared) ? Math.Max(own, Longest(text, shared)) : own;
    }

    private static int Longest(ReadOnlySpan<char> text, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && !(char.IsAsciiLetter(label[^1]) && text.Length > label.Length && char.IsAsciiLetter(text[label.Length])))
            {
                return label.Length;
            }
        }

        return 0;
    }

    private static FrozenDictionary<char, string[]> Bucket(IEnumerable<string> labels) =>
        labels.Select(l => l.Trim()).Where(l => l.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .GroupBy(l => char.ToUpperInvariant(l[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(l => l.Length).ToArray());
}
