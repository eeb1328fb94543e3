using PaperDigest.Internals;

namespace PaperDigest.Evaluation;

/// <summary>
/// Pairs gold entries with parsed ones: by a shared paper id (arXiv, OpenReview, DOI), then by soft-folded
/// title, then by a gold ordinal, then the rest in document order. Linear: each key is looked up once.
/// </summary>
internal static class EntryAlignment
{
    /// <summary>For each gold entry, the index of its parsed entry, or -1.</summary>
    public static int[] Align(IReadOnlyList<GoldEntry> gold, IReadOnlyList<DigestEntry> parsed)
    {
        var pairs = new int[gold.Count];
        Array.Fill(pairs, -1);
        var taken = new bool[parsed.Count];
        var parsedIds = parsed.Select(e => PaperIds(e.Links.Where(l => l.Id is not null).Select(l => (l.Kind, l.Id!)))).ToArray();
        var goldIds = gold.Select(g => PaperIds((g.Links ?? []).Select(l => (l.Kind, l.Id)))).ToArray();

        PairByKey(pairs, taken, goldIds, Index(parsedIds));
        PairByKey(pairs, taken, gold.Select(GoldTitles).ToArray(), Index(parsed.Select(ParsedTitles).ToArray()));
        for (var g = 0; g < gold.Count; g++)
        {
            if (pairs[g] < 0 && gold[g].Ordinal is { } ordinal && ordinal >= 1 && ordinal <= parsed.Count && !taken[ordinal - 1])
            {
                pairs[g] = ordinal - 1;
                taken[ordinal - 1] = true;
            }
        }

        PairInOrder(pairs, taken, goldIds, parsedIds);
        return pairs;
    }

    private static void PairByKey(int[] pairs, bool[] taken, string[][] goldKeys, Dictionary<string, Queue<int>> parsedByKey)
    {
        for (var g = 0; g < pairs.Length; g++)
        {
            foreach (var key in goldKeys[g])
            {
                if (pairs[g] >= 0 || !parsedByKey.TryGetValue(key, out var candidates))
                {
                    continue;
                }

                while (candidates.TryDequeue(out var p))
                {
                    if (!taken[p])
                    {
                        pairs[g] = p;
                        taken[p] = true;
                        break;
                    }
                }
            }
        }
    }

    // The rest pair in document order; a gold and a parsed entry that both name papers, but different
    // ones, are not the same entry, so the gold one stays unpaired.
    private static void PairInOrder(int[] pairs, bool[] taken, string[][] goldIds, string[][] parsedIds)
    {
        var p = 0;
        for (var g = 0; g < pairs.Length; g++)
        {
            if (pairs[g] >= 0)
            {
                continue;
            }

            while (p < taken.Length && taken[p])
            {
                p++;
            }

            if (p == taken.Length)
            {
                return;
            }

            if (goldIds[g].Length > 0 && parsedIds[p].Length > 0 && !goldIds[g].Intersect(parsedIds[p]).Any())
            {
                continue;
            }

            pairs[g] = p;
            taken[p] = true;
        }
    }

    private static Dictionary<string, Queue<int>> Index(string[][] keys)
    {
        var index = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var key in keys[i])
            {
                if (!index.TryGetValue(key, out var queue))
                {
                    index[key] = queue = new Queue<int>();
                }

                queue.Enqueue(i);
            }
        }

        return index;
    }

    private static string[] PaperIds(IEnumerable<(LinkKind Kind, string Id)> links) =>
        links.Where(l => l.Kind is LinkKind.Arxiv or LinkKind.OpenReview or LinkKind.Doi)
            .Select(l => GoldLink.KeyOf(l.Kind, l.Id))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static string[] GoldTitles(GoldEntry entry) =>
        Titles(entry.Texts.GetValueOrDefault(EntryMembers.Title).Exact, entry.Texts.GetValueOrDefault(EntryMembers.PaperTitle).Exact);

    private static string[] ParsedTitles(DigestEntry entry) => Titles(entry.Title, entry.PaperTitle);

    private static string[] Titles(string? title, string? paperTitle) =>
        new[] { title, paperTitle }
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => "title:" + SoftFolding.Fold(t!))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
