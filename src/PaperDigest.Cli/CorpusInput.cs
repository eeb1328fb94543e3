namespace PaperDigest.Cli;

/// <summary>Reads the FILE|DIR arguments of <c>query</c> and <c>groups</c> into one corpus (parsed in parallel, kept in argument order).</summary>
internal static class CorpusInput
{
    /// <returns>The corpus; <see langword="null"/> when the inputs held no digest (reported; the command exits 2).</returns>
    public static DigestCorpus? Load(CommandLine command, TextWriter stderr, bool stderrIsTerminal, out int failed)
    {
        var corpus = new DigestCorpus(TagsCommand.Pipeline(TagsCommand.LoadTaxonomy(command.Value("--taxonomy"), stderr)));
        var files = InputReader.ExpandFiles(command.Arguments, stderr);
        // Parsed in parallel, added in the order the files were found.
        var order = files.Paths.Select((path, index) => (path, index)).GroupBy(p => p.path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        List<DigestLoadResult> results;
        using (var progress = ProgressBar.Create(stderr, stderrIsTerminal, files.Paths.Count))
        {
            results = [.. Digest.LoadManyAsync(files.Paths, corpus.Pipeline, progress: progress).ToBlockingEnumerable().OrderBy(r => order[r.Path])];
        }

        foreach (var result in files.Digests(results, stderr))
        {
            corpus.Add(result.Document!, result.Path);
        }

        failed = files.Problems;
        if (files.NoDigests(stderr))
        {
            return null;
        }

        return corpus;
    }

    /// <summary>Where an entry is: <c>path:line (entry N)</c>, the line its span starts on, so an editor can jump there.</summary>
    public static string Location(CorpusEntry entry) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{entry.Path ?? entry.Document.ToString()}:{entry.Entry.Span.StartLine} (entry {entry.Ordinal})");

    /// <summary>A one-line label for an entry: its title, else the start of its TL;DR, summary, abstract or body.</summary>
    public static string Caption(CorpusEntry entry, int width = 72) => PaperTable.Caption(entry.Entry, width);
}
