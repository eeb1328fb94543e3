namespace PaperDigest.Cli.Evaluation;

/// <summary>
/// Hand judgements of tag labels against concepts a user queries: per concept the query a user types for it
/// (<c>#concept&lt;TAB&gt;rl&lt;TAB&gt;tag:reinforcement-learning</c>), per label the concepts it names or is a
/// narrower notion of (<c>Offline-to-Online RL&lt;TAB&gt;rl</c>; empty for none).
/// </summary>
internal sealed class ConceptJudgements
{
    private const string ConceptLine = "#concept\t";

    public required IReadOnlyList<(string Name, string Query)> Concepts { get; init; }

    /// <summary>Each judged label (exactly as the parse gives it) and the names of its concepts.</summary>
    public required IReadOnlyDictionary<string, IReadOnlySet<string>> Labels { get; init; }

    public static ConceptJudgements Read(string path)
    {
        var concepts = new List<(string, string)>();
        var labels = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.StartsWith(ConceptLine, StringComparison.Ordinal))
            {
                var parts = line.Split('\t');
                concepts.Add(parts.Length == 3 && parts[1].Length > 0 && parts[2].Length > 0
                    ? (parts[1], parts[2])
                    : throw new UsageException($"{path}:{number}: a concept line is '#concept<TAB>name<TAB>query'"));
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                var tab = line.IndexOf('\t');
                var label = tab < 0 ? line : line[..tab];
                var names = tab < 0 ? [] : line[(tab + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                labels[label] = new HashSet<string>(names, StringComparer.Ordinal);
            }
        }

        var known = concepts.Select(c => c.Item1).ToHashSet(StringComparer.Ordinal);
        if (labels.Values.SelectMany(n => n).FirstOrDefault(n => !known.Contains(n)) is { } unknown)
        {
            throw new UsageException($"{path}: concept '{unknown}' is judged but has no '#concept' line");
        }

        return concepts.Count == 0
            ? throw new UsageException($"{path}: no '#concept<TAB>name<TAB>query' line")
            : new ConceptJudgements { Concepts = concepts, Labels = labels };
    }
}
