using System.Globalization;

namespace PaperDigest.Cli;

/// <summary>
/// <c>paperdigest export FILE|DIR... --to FORMAT [-o FILE] [--q QUERY] [--merge]</c>: the papers of the documents
/// (those a query selects, in corpus order) in an export format, to a file or standard output; <c>--merge</c> writes
/// each paper once with every document it came from.
/// </summary>
internal static class ExportCommand
{
    public static int Run(CommandLine command, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        var format = command.Value("--to") ?? throw new UsageException("export needs --to FORMAT");
        var text = command.Value("--query");
        DigestQuery? query = null;
        if (text is not null && !DigestQuery.TryParse(text, out query, out var error))
        {
            throw new UsageException($"bad query at column {error.Position + 1}: {error.Message}");
        }

        if (CorpusInput.Load(command, stderr, stderrIsTerminal, out var failed) is not { } corpus)
        {
            return CliApp.UsageError;
        }

        var writer = corpus.Pipeline.GetWriter(format)
            ?? throw new UsageException($"unknown format '{format}' (use {string.Join(", ", corpus.Pipeline.Writers.Select(w => w.Name))})");
        var entries = query is null ? corpus.Entries : corpus.Search(query).Select(h => h.Entry).OrderBy(e => e.Document.Index).ThenBy(e => e.Ordinal).ToList();
        var records = entries.ToPaperRecords();
        var papers = command.Has("--merge") ? records.MergeSamePapers() : records;

        var count = 0;
        var counted = papers.Select(p => { count++; return p; });
        if (command.Value("-o") is { } path && writer is Export.ParquetPaperWriter && !path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            // A folder: one file per year, as Hive-style partitions (year=2024/papers.parquet) that DuckDB and Spark read.
            foreach (var year in counted.ToList().GroupBy(p => p.Date?.Year))
            {
                var folder = Path.Combine(path, year.Key is { } y ? string.Create(CultureInfo.InvariantCulture, $"year={y}") : "year=__HIVE_DEFAULT_PARTITION__");
                Directory.CreateDirectory(folder);
                using var file = File.Create(Path.Combine(folder, "papers.parquet"));
                writer.Write(year, file);
            }
        }
        else if (command.Value("-o") is { } file)
        {
            using var stream = File.Create(file);
            writer.Write(counted, stream);
        }
        else if (writer is Export.ParquetPaperWriter)
        {
            throw new UsageException("parquet needs -o FILE.parquet or -o FOLDER (one file per year)");
        }
        else
        {
            using var output = new TextWriterStream(stdout);
            writer.Write(counted, output);
            output.Flush();
        }

        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"paperdigest: {count} paper(s) from {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")} in {corpus.Documents.Count} document(s) as {writer.Name}"));
        return failed > 0 ? CliApp.UsageError : CliApp.Ok;
    }
}
