using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>
/// The labels most records of a cut share, and what follows from them: a label found by shape alone (no bold) or
/// inside another slot's value counts only when the template or the label table knows it; otherwise its line is
/// text again (a title with a colon) or part of the slot it sits in (a bold sub-point of a field).
/// </summary>
internal sealed class RecordTemplate
{
    // A label most records carry is part of the template.
    private const double TemplateShare = 0.5;

    private readonly HashSet<string> _labels;

    private RecordTemplate(IEnumerable<string> labels) => _labels = new HashSet<string>(labels, LabelComparer.Instance);

    public IReadOnlyCollection<string> Labels => _labels;

    public int Count => _labels.Count;

    /// <summary>A label as the template compares it: trimmed, case folded.</summary>
    public static string Key(string label) => label.Trim().ToUpperInvariant();

    /// <summary>The labels at least half the records carry (two records at least).</summary>
    public static RecordTemplate Of(List<InducedRecord> records)
    {
        // Labels compare trimmed and case folded without a key string per slot; the template keeps each as its Key.
        var counts = new Dictionary<string, int>(LabelComparer.Instance);
        var seen = new HashSet<string>(LabelComparer.Instance);
        foreach (var record in records)
        {
            seen.Clear();
            foreach (var slot in record.Slots)
            {
                var key = slot.Label ?? ContentKey(slot.Kind);
                if (key is not null && seen.Add(key))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        var needed = Math.Max(2, (int)Math.Ceiling(records.Count * TemplateShare));
        return new RecordTemplate(counts.Where(c => c.Value >= needed).Select(c => c.Key.StartsWith('(') ? c.Key : Key(c.Key)));
    }

    public bool Contains(string label) => _labels.Contains(label);

    // Unlabelled slots typed by content are template slots too: every record with an author line, a category line.
    private static string? ContentKey(RecordSlotKind kind) => kind switch
    {
        RecordSlotKind.Authors => "(authors)",
        RecordSlotKind.Categories => "(categories)",
        RecordSlotKind.AlternateTitle => "(alternate title)",
        _ => null,
    };

    /// <summary>Whether the record carries a template label (or, with no template, names a paper).</summary>
    public bool Fits(InducedRecord record)
    {
        if (_labels.Count == 0)
        {
            return record.IsPaper;
        }

        foreach (var slot in record.Slots)
        {
            if ((slot.Label is { } label && Contains(label)) || (ContentKey(slot.Kind) is { } key && _labels.Contains(key)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the record holds a template label twice or more: it is a group of records (a category over its papers), not one.</summary>
    public bool IsGroup(InducedRecord record)
    {
        var seen = new HashSet<string>(LabelComparer.Instance);
        foreach (var slot in record.Slots)
        {
            if (slot.Label is { } label && Contains(label) && !seen.Add(label))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The record with its tentative labels settled by the template.</summary>
    public InducedRecord Settle(InducedRecord record)
    {
        if (!record.Slots.Any(s => s.Tentative is not null))
        {
            return record;
        }

        var titleIsCjk = SlotContent.IsMostlyCjk(record.Title);
        var slots = new List<RecordSlot>(record.Slots.Count);
        foreach (var slot in record.Slots)
        {
            // A template label stands; a sub-point inside another slot's value is that value, whatever its name.
            if (slot.Tentative is not { } line || Contains(slot.Label!) || (!slot.Nested && IsKnown(slot.Label!)))
            {
                slots.Add(slot);
                continue;
            }

            var text = Unsplit(line, slot.Value);
            if (slot.Nested && slots.Count > 0 && slots[^1].Kind == RecordSlotKind.Labelled)
            {
                var into = slots[^1];
                slots[^1] = into with
                {
                    Value = into.Value.Length == 0 ? text : into.Value + "\n" + text,
                    Lines = new LineSpan(into.Lines.StartLine, Math.Max(into.Lines.EndLine, slot.Lines.EndLine)),
                };
                continue;
            }

            var early = slots.Count <= 2 && slots.TrueForAll(s => s.Kind is not (RecordSlotKind.AlternateTitle or RecordSlotKind.Labelled) && s.Value.Length <= 16);
            slots.Add(new RecordSlot(SlotContent.Classify(line, titleIsCjk, early), null, text, slot.Lines));
        }

        return record with { Slots = slots };
    }

    // The label line and its value as one text again.
    private static string Unsplit(string line, string value)
    {
        if (value.Length == 0)
        {
            return line;
        }

        var firstBreak = value.IndexOf('\n');
        var first = firstBreak < 0 ? value : value[..firstBreak];
        return line.EndsWith(first, StringComparison.Ordinal) ? line + value[first.Length..] : line + "\n" + value;
    }

    // A label the table knows whole, or a Chinese compound it knows by its head (论文方法: 方法).
    private static bool IsKnown(string label) =>
        (LabelTable.TryMatch(label, LabelGroups.All, out var match) && match.ContentStart >= label.Length)
        || (SlotContent.IsMostlyCjk(label) && SlotNames.TryName(label, out _));

    /// <summary>Labels as the template compares them (see <see cref="Key"/>), with no string made per comparison.</summary>
    private sealed class LabelComparer : IEqualityComparer<string>
    {
        public static readonly LabelComparer Instance = new();

        public bool Equals(string? x, string? y) =>
            x is null || y is null ? ReferenceEquals(x, y) : x.AsSpan().Trim().Equals(y.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(string label) => string.GetHashCode(label.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
