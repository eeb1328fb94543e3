using System.Collections.Frozen;
using PaperDigest.Internals;

namespace PaperDigest.Parsing;

/// <summary>
/// The labels a pipeline knows: the built-in label table (<see cref="Default"/>) plus the labels a user added and minus
/// the ones a user removed, without code in a parser. Immutable: <see cref="With(LabelRole, IEnumerable{string})"/>,
/// <see cref="With(EntryField, IEnumerable{string})"/> and <see cref="Without"/> return a new vocabulary. Vocabulary
/// names what a record's slots and a brief's parts are; it never decides whether a record exists.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new DigestPipelineBuilder()
///     .AddLabels(LabelRole.Featured, "本周头条")          // a brief's part name
///     .AddLabels(EntryField.Method, "技术路线")           // a field label
///     .RemoveLabels("Highlights")                        // a label this pipeline should not know
///     .Build();
/// </code>
/// </example>
public sealed class LabelVocabulary
{
    internal static readonly LabelGroups[] Groups = [LabelGroups.EntryFields, LabelGroups.PaperLinks, LabelGroups.BriefParts, LabelGroups.PaperHead, LabelGroups.ItemHead];

    private readonly (LabelRole Role, EntryField Field, string[] Labels)[] _entries;

    private LabelVocabulary((LabelRole Role, EntryField Field, string[] Labels)[] entries)
    {
        _entries = entries;

        // Per group, every label bucketed by its first character (upper-cased), longest first: a parser asking for one
        // group (the catalog's fields, on every line) looks at that group's labels only.
        ByFirstChar = [.. Groups.Select(group => entries
            .Where(v => LabelTable.GroupOf(v.Role) == group)
            .SelectMany(v => v.Labels.Select(text => new LabelTable.Label(text, v.Role, v.Field)))
            .GroupBy(label => InvariantCase.ToUpper(label.Text[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(label => label.Text.Length).ToArray()))];

        // Every field label to its field, for the whole-word lookup of a compound label's tail.
        FieldByLabel = entries
            .Where(v => v.Role == LabelRole.Field)
            .SelectMany(v => v.Labels.Select(text => (text, v.Field)))
            .DistinctBy(p => p.text, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.text, p => p.Field, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in label table: paper fields, TL;DR and abstract markers, link labels, brief parts, head and source labels, in zh-Hans, zh-Hant and English.</summary>
    public static LabelVocabulary Default { get; } = new([.. LabelTable.BuiltIn]);

    internal FrozenDictionary<char, LabelTable.Label[]>[] ByFirstChar { get; }

    internal FrozenDictionary<string, EntryField>.AlternateLookup<ReadOnlySpan<char>> FieldByLabel { get; }

    /// <summary>The number of labels the vocabulary knows.</summary>
    public int Count => _entries.Sum(e => e.Labels.Length);

    /// <summary>This vocabulary with <paramref name="labels"/> added for <paramref name="role"/> (a brief's part, a head or link label, a source).</summary>
    /// <param name="role">What the labels name; for <see cref="LabelRole.Field"/> use <see cref="With(EntryField, IEnumerable{string})"/>.</param>
    /// <param name="labels">The labels, in any script; blank ones are ignored.</param>
    /// <returns>The new vocabulary.</returns>
    /// <exception cref="ArgumentException"><paramref name="role"/> is <see cref="LabelRole.Field"/>: a field label needs its field.</exception>
    public LabelVocabulary With(LabelRole role, IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (role == LabelRole.Field)
        {
            throw new ArgumentException("A field label names a field: use With(EntryField, labels).", nameof(role));
        }

        return Add(role, default, labels);
    }

    /// <summary>This vocabulary with <paramref name="labels"/> added as labels of <paramref name="field"/>.</summary>
    /// <param name="field">The field the labels name (a well-known one or a field of your own).</param>
    /// <param name="labels">The labels, in any script; blank ones are ignored.</param>
    /// <returns>The new vocabulary.</returns>
    public LabelVocabulary With(EntryField field, IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return Add(LabelRole.Field, field, labels);
    }

    /// <summary>This vocabulary without <paramref name="labels"/> (compared ignoring case), whatever they named.</summary>
    /// <param name="labels">The labels to forget.</param>
    /// <returns>The new vocabulary.</returns>
    public LabelVocabulary Without(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var removed = new HashSet<string>(labels.Select(l => l.Trim()), StringComparer.OrdinalIgnoreCase);
        return removed.Count == 0 ? this : new([.. _entries.Select(e => (e.Role, e.Field, e.Labels.Where(l => !removed.Contains(l)).ToArray())).Where(e => e.Item3.Length > 0)]);
    }

    /// <summary>Whether the vocabulary knows <paramref name="label"/> (compared ignoring case).</summary>
    /// <param name="label">A label.</param>
    /// <returns><see langword="true"/> when some role or field has it.</returns>
    public bool Contains(string label) => _entries.Any(e => e.Labels.Contains(label.Trim(), StringComparer.OrdinalIgnoreCase));

    internal IReadOnlyList<string> LabelsOf(LabelRole role) => [.. _entries.Where(v => v.Role == role).SelectMany(v => v.Labels)];

    internal IReadOnlyList<string> LabelsOf(EntryField field) => [.. _entries.Where(v => v.Role == LabelRole.Field && v.Field == field).SelectMany(v => v.Labels)];

    private LabelVocabulary Add(LabelRole role, EntryField field, IEnumerable<string> labels)
    {
        var added = labels.Select(l => l?.Trim() ?? string.Empty).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return added.Length == 0 ? this : new([.. _entries, (role, field, added)]);
    }
}
