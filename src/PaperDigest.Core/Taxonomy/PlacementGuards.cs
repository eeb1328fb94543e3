namespace PaperDigest.Taxonomy;

/// <summary>
/// Heads that never place a label under a concept (<c>Resources/placement-guards.tsv</c>): ambiguous heads, whose
/// concept depends on the words before them (<c>安全</c> is AI safety or network security, <c>压缩</c> model or data
/// compression, <c>Patient Safety</c> is no AI safety), and generic heads that name no field (<c>analysis</c>,
/// <c>learning</c>, <c>generation</c>). Keys are normalized as taxonomy labels are.
/// </summary>
internal static class PlacementGuards
{
    // The span lookup is made once with the set: getting one is not free, and placement asks for every tail.
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Heads = new(() => Load().GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Whether the normalized key <paramref name="head"/> may not place a label.</summary>
    public static bool IsGuarded(ReadOnlySpan<char> head) => Heads.Value.Contains(head);

    private static HashSet<string> Load()
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(Internals.EmbeddedTables.OpenText("PaperDigest.Taxonomy.placement-guards.tsv"));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // kind <TAB> language <TAB> a|b|c
            var words = line.Split('\t') is { Length: 3 } parts ? parts[2] : string.Empty;
            foreach (var word in words.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                heads.Add(TagNormalizer.Normalize(word));
            }
        }

        return heads;
    }
}
