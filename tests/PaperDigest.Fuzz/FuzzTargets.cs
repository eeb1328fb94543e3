using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace PaperDigest.Fuzz;

/// <summary>
/// The entry points under fuzzing. Each takes raw bytes and throws only when the library breaks a promise:
/// lenient parsing and detection never throw, strict mode throws nothing but <see cref="DigestParseException"/>,
/// the query parser reports errors inside the text and parsed queries round-trip.
/// </summary>
internal static class FuzzTargets
{
    // Built on first use: instrumented library code must not run before Fuzzer.Run has attached the coverage map.
    private static readonly Lazy<DigestPipeline> Strict = new(() => new DigestPipelineBuilder().UseStrictMode().Build());
    private static string _queryCorpusText = "";
    private static DigestCorpus? _queryCorpus;

    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["parse"] = Parse,
        ["html"] = Html,
        ["load"] = Load,
        ["detect"] = Detect,
        ["query"] = Query,
        ["gold"] = Gold,
        ["markdown"] = Markdown,
    };

    public static IEnumerable<string> Names => Targets.Keys;

    public static bool TryGet(string name, [NotNullWhen(true)] out Action<byte[]>? target) => Targets.TryGetValue(name, out target);

    /// <summary>The documents queries run against (a small catalog keeps each execution fast).</summary>
    public static void UseQueryCorpus(string text) => _queryCorpusText = text;

    private static DigestCorpus QueryCorpus()
    {
        if (_queryCorpus is null)
        {
            var corpus = new DigestCorpus();
            corpus.AddText(_queryCorpusText, "corpus");
            _queryCorpus = corpus;
        }

        return _queryCorpus;
    }

    /// <summary>
    /// The Markdown front end with YAML front matter: the input under a front matter block (unless it opens with one),
    /// read as blocks and parsed, lenient and strict; every diagnostic line and entry span must lie in the input.
    /// </summary>
    private static void Markdown(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var markdown = text.StartsWith("---", StringComparison.Ordinal) ? text : "---\ntitle: fuzz\ntags: [a, b]\n---\n" + text;
        var blocks = Blocks.BlockReader.ReadMarkdown(markdown);
        Check(blocks.Blocks.All(b => b.Lines.StartLine >= 1 && b.Lines.EndLine >= b.Lines.StartLine), "a block's lines out of order");
        var document = Digest.Parse(markdown);
        Check(document.Diagnostics.All(d => d.Line is null or >= 1), "a diagnostic line before the first line");
        Check(document.Entries.All(e => e.Span.StartLine >= 1 && e.Span.EndLine >= e.Span.StartLine), "an entry span out of order");
        try
        {
            Strict.Value.Parse(markdown);
        }
        catch (DigestParseException)
        {
            // The one documented exception of strict mode.
        }
    }

    /// <summary><c>eval</c>'s gold reader: a gold file is read, or refused with the one documented exception.</summary>
    private static void Gold(byte[] input)
    {
        try
        {
            var gold = Evaluation.GoldJson.Read(Encoding.UTF8.GetString(input), "fuzz.gold.json");
            Check(gold.Input.Length > 0, "a gold file without its input was accepted");
        }
        catch (Evaluation.GoldFormatException)
        {
            // The one documented exception of the gold reader.
        }
    }

    /// <summary><see cref="Digest.Parse"/> of the input decoded as UTF-8, lenient then strict.</summary>
    private static void Parse(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var document = Digest.Parse(text);
        Check(document.Detection.Score is >= 0 and <= 1, "detection score outside [0, 1]");
        try
        {
            Strict.Value.Parse(text);
        }
        catch (DigestParseException)
        {
            // The one documented exception of strict mode.
        }
    }

    /// <summary>
    /// The HTML path: the input as a page (a document head is put before input that does not open with markup), so
    /// every execution goes through the markup limiter, AngleSharp and the block reader.
    /// </summary>
    private static void Html(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var page = text.TrimStart().StartsWith('<') ? text : "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + text;
        var document = Digest.Parse(page);
        Check(document.Detection.Score is >= 0 and <= 1, "detection score outside [0, 1]");
        Check(document.Diagnostics.All(d => d.Line is null or >= 1), "a diagnostic line before the first line");
        Check(document.Entries.All(e => e.Span.StartLine >= 1 && e.Span.EndLine >= e.Span.StartLine), "an entry span out of order");
    }

    /// <summary><see cref="Digest.Load(Stream, DigestPipeline?)"/> of the raw bytes: encoding detection, decoding, parsing.</summary>
    private static void Load(byte[] input)
    {
        var document = Digest.Load(new MemoryStream(input, writable: false));
        Check(document.Entries is not null, "a loaded document has no entry list");
    }

    /// <summary><see cref="Digest.Detect(Stream, DigestPipeline?)"/>: candidates ranked by score, each in [0, 1].</summary>
    private static void Detect(byte[] input)
    {
        var detection = Digest.Detect(new MemoryStream(input, writable: false));
        for (var i = 0; i < detection.Candidates.Count; i++)
        {
            var score = detection.Candidates[i].Score;
            Check(score is >= 0 and <= 1, "candidate score outside [0, 1]");
            Check(i == 0 || detection.Candidates[i - 1].Score >= score, "candidates not ranked by score");
        }
    }

    /// <summary><see cref="DigestQuery.TryParse"/>: an error points into the text; a query runs, and its text parses back to it.</summary>
    private static void Query(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        if (!DigestQuery.TryParse(text, out var query, out var error))
        {
            Check(error.Position >= 0 && error.Position <= text.Length, "error position outside the query text");
            return;
        }

        var corpus = QueryCorpus();
        var count = corpus.Entries.Matching(query).Count();
        Check(count <= corpus.Entries.Count, "more hits than entries");
        Check(DigestQuery.Parse(query.ToString()).Expression.Equals(query.Expression), "query text does not round-trip");
    }

    private static void Check(bool condition, string broken)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Broken promise: {broken}.");
        }
    }
}
