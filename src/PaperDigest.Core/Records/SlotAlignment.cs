using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>
/// Aligns the unlabelled slots that open each record (before its first label): where most records hold an author
/// line, a category line or the title in the other script at one position, a record's slot at that position takes
/// that type when its text allows it (a single author, a title that reads like a list of names). Position decides
/// what content alone cannot.
/// </summary>
internal static class SlotAlignment
{
    private const double MajorityShare = 0.6;
    private const int MaxPositions = 6;

    public static void Apply(List<InducedRecord> records)
    {
        var majority = MajorityKinds(records);
        if (Array.TrueForAll(majority, k => k is null))
        {
            return;
        }

        for (var r = 0; r < records.Count; r++)
        {
            var slots = records[r].Slots;
            List<RecordSlot>? changed = null;
            for (var i = 0; i < Math.Min(MaxPositions, slots.Count) && slots[i].Kind != RecordSlotKind.Labelled; i++)
            {
                if (majority[i] is { } kind && slots[i].Kind != kind && Allows(kind, slots[i].Value))
                {
                    changed ??= [.. slots];
                    changed[i] = slots[i] with { Kind = kind };
                }
            }

            if (changed is not null)
            {
                records[r] = records[r] with { Slots = changed };
            }
        }
    }

    private static RecordSlotKind?[] MajorityKinds(List<InducedRecord> records)
    {
        var counts = new Dictionary<RecordSlotKind, int>[MaxPositions];
        var totals = new int[MaxPositions];
        foreach (var record in records)
        {
            for (var i = 0; i < Math.Min(MaxPositions, record.Slots.Count) && record.Slots[i].Kind != RecordSlotKind.Labelled; i++)
            {
                counts[i] ??= [];
                counts[i][record.Slots[i].Kind] = counts[i].GetValueOrDefault(record.Slots[i].Kind) + 1;
                totals[i]++;
            }
        }

        var majority = new RecordSlotKind?[MaxPositions];
        for (var i = 0; i < MaxPositions; i++)
        {
            if (counts[i] is null || totals[i] < 3)
            {
                continue;
            }

            var (kind, count) = counts[i].MaxBy(c => c.Value);
            if (kind is RecordSlotKind.Authors or RecordSlotKind.AlternateTitle or RecordSlotKind.Categories && count >= totals[i] * MajorityShare)
            {
                majority[i] = kind;
            }
        }

        return majority;
    }

    private static bool Allows(RecordSlotKind kind, string value) => kind switch
    {
        RecordSlotKind.Authors => !value.Contains('\n') && AuthorNames.TryRead(value, out _),
        RecordSlotKind.AlternateTitle => !value.Contains('\n') && value.Length <= 300 && value.IndexOfAny(['。', '！']) < 0,
        RecordSlotKind.Categories => !value.Contains('\n') && value.Length <= 80 && !value.Contains(' ') || value.Split(' ').All(w => w.Contains('.') || w.Contains('-')),
        _ => false,
    };
}
