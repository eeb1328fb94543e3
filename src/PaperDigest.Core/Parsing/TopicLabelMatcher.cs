using PaperDigest.Internals;
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
/// The taxonomy's labels are bucketed once per taxonomy and shared. One matcher per parse adds the
/// document's own labels to a hash set probed once per label length in use (own labels are short), so a
/// document of 50,000 distinct labels costs neither a sorted insert nor a scan per lookup.
/// </remarks>
internal sealed class TopicLabelMatcher
{
    private static readonly ConditionalWeakTable<TagTaxonomy, FrozenDictionary<char, string[]>> ByTaxonomy = [];

    private readonly FrozenDictionary<char, string[]> _shared;
    private readonly HashSet<string> _ownSet = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedSet<int> _ownLengths = new(Comparer<int>.Create(static (a, b) => b.CompareTo(a)));

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

        _ownLengths.Add(label.Length);
    }

    public bool Contains(ReadOnlySpan<char> label) => label.Length > 0 && MatchLength(label) == label.Length;

    /// <summary>The length of the longest known label <paramref name="text"/> starts with; 0 when none.</summary>
    public int MatchLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var key = InvariantCase.ToUpper(text[0]);
        var own = LongestOwn(text);
        return _shared.TryGetValue(key, out var shared) ? Math.Max(own, Longest(text, shared)) : own;
    }

    // Longest first: one probe of the set per length an own label has.
    private int LongestOwn(ReadOnlySpan<char> text)
    {
        if (_ownSet.Count == 0)
        {
            return 0;
        }

        var lookup = _ownSet.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var length in _ownLengths)
        {
            if (length <= text.Length && lookup.Contains(text[..length]) && EndsAtBoundary(text, length))
            {
                return length;
            }
        }

        return 0;
    }

    // An English label must end at a word boundary ("Agent" is not the start of "Agents").
    private static bool EndsAtBoundary(ReadOnlySpan<char> text, int length) =>
        !(char.IsAsciiLetter(text[length - 1]) && text.Length > length && char.IsAsciiLetter(text[length]));

    private static int Longest(ReadOnlySpan<char> text, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && EndsAtBoundary(text, label.Length))
            {
                return label.Length;
            }
        }

        return 0;
    }

    private static FrozenDictionary<char, string[]> Bucket(IEnumerable<string> labels) =>
        labels.Select(l => l.Trim()).Where(l => l.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .GroupBy(l => InvariantCase.ToUpper(l[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(l => l.Length).ToArray());
}
