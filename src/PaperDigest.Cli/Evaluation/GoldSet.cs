using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using PaperDigest.Evaluation;

namespace PaperDigest.Cli.Evaluation;

/// <summary>
/// Gold files found under a path, resolved against a corpus folder (inputs read, twins parsed,
/// generator records converted) and evaluated. Each corpus file is parsed once per run, even when it
/// is both a document and another one's twin. Documents are evaluated in parallel (one per core);
/// the results keep the order of the gold files.
/// </summary>
internal sealed class GoldSet
{
    private readonly string _corpus;
    private readonly DigestEvaluator _evaluator;
    private readonly ConcurrentDictionary<string, Lazy<(string Text, DigestDocument Document)>> _parsed = new(StringComparer.Ordinal);

    public GoldSet(string corpus, DigestPipeline? pipeline = null)
    {
        _corpus = Path.GetFullPath(corpus);
        _evaluator = new DigestEvaluator(pipeline);
    }

    /// <summary>The gold files at <paramref name="path"/>: the file itself, or every <c>*.gold.json</c> below the folder, in ordinal path order.</summary>
    public static IReadOnlyList<string> Files(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new UsageException($"no gold file or folder at '{path}'");
        }

        var files = Directory.EnumerateFiles(path, "*.gold.json", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? files : throw new UsageException($"no *.gold.json files under '{path}'");
    }

    /// <summary>The row a document is reported under: its folder in the corpus, or its file name at the corpus root.</summary>
    public static string Family(GoldDocument gold)
    {
        var input = gold.Input.Replace('\\', '/');
        var slash = input.LastIndexOf('/');
        return slash < 0 ? input : input[..slash];
    }

    public IReadOnlyList<DocumentEvaluation> Evaluate(IEnumerable<string> goldFiles)
    {
        // Every gold file is read (and a malformed one reported) before any parsing starts.
        var golds = goldFiles.Select(f => (File: f, Gold: ReadGold(f))).ToArray();
        var results = new DocumentEvaluation[golds.Length];

        // Largest inputs first, one at a time per core, so one big page does not finish last on its own.
        var order = Enumerable.Range(0, golds.Length).OrderByDescending(i => InputSize(golds[i].Gold)).ToArray();
        try
        {
            Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), i => results[i] = Evaluate(golds[i].Gold, golds[i].File));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<GoldFormatException>().FirstOrDefault() is { } malformed)
        {
            // A missing input or twin, as a sequential run would report it.
            ExceptionDispatchInfo.Throw(malformed);
            throw;
        }

        return results;
    }

    public DocumentEvaluation Evaluate(string goldFile) => Evaluate(ReadGold(goldFile), goldFile);

    // A gold file is read through the input checks: a device or a pipe named *.gold.json, or a huge file, is malformed.
    private static GoldDocument ReadGold(string goldFile) => GoldJson.Read(EvalInputs.ReadText(goldFile, EvalInputs.MaxGoldBytes, goldFile, "$"), goldFile);

    private DocumentEvaluation Evaluate(GoldDocument gold, string goldFile)
    {
        var resolved = Resolve(gold, goldFile);
        var (text, document) = Parse(resolved.Input, goldFile, "$.input");
        return DigestEvaluator.Score(resolved, document, text);
    }

    private long InputSize(GoldDocument gold)
    {
        var input = new FileInfo(Path.Combine(_corpus, gold.Input));
        return input.Exists ? input.Length : 0;
    }

    /// <summary>The gold document with a twin's or a generator's entries in place of the references.</summary>
    private GoldDocument Resolve(GoldDocument gold, string goldFile)
    {
        IReadOnlyList<GoldEntry>? supplied = null;
        if (gold.Twin is { } twin)
        {
            supplied = Parse(twin.Input, goldFile, "$.twin.input").Document.Entries.Select(e => GoldEntry.FromEntry(e, twin.Compare)).ToList();
        }
        else if (gold.Generator is { } generator)
        {
            supplied = GeneratorRecords.Read(generator, CorpusPath(generator.File, goldFile, "$.generator.file"), goldFile)
                .Select(e => e.Without(generator.Omit))
                .ToList();
        }

        return supplied is null ? gold : gold with { Entries = Merge(supplied, gold.Entries) };
    }

    // Listed entries add their facts to the supplied entry they pin (by ordinal, else by paper id); the rest follow.
    private static List<GoldEntry> Merge(IReadOnlyList<GoldEntry> supplied, IReadOnlyList<GoldEntry> listed)
    {
        var entries = supplied.ToList();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var link in entries[i].Links ?? [])
            {
                byId.TryAdd(link.Key, i);
            }
        }

        foreach (var entry in listed)
        {
            var at = entry.Ordinal is { } ordinal && ordinal >= 1 && ordinal <= entries.Count
                ? ordinal - 1
                : (entry.Links ?? []).Select(l => byId.GetValueOrDefault(l.Key, -1)).FirstOrDefault(i => i >= 0, -1);
            if (at >= 0)
            {
                entries[at] = entry.MergedWith(entries[at]);
            }
            else
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private (string Text, DigestDocument Document) Parse(string input, string goldFile, string jsonPath)
    {
        var path = CorpusPath(input, goldFile, jsonPath);
        return _parsed.GetOrAdd(path, p => new Lazy<(string, DigestDocument)>(() =>
        {
            var text = EvalInputs.ReadText(p, DigestOptions.DefaultMaxInputBytes, goldFile, jsonPath);
            return (text, _evaluator.Pipeline.Parse(text));
        })).Value;
    }

    private string CorpusPath(string relative, string goldFile, string jsonPath)
    {
        var path = Path.GetFullPath(Path.Combine(_corpus, relative));
        return File.Exists(path) ? path : throw new GoldFormatException(goldFile, jsonPath, $"'{relative}' is not a file in the corpus folder {_corpus}");
    }
}
