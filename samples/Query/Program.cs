// Query: load a folder of digests, run queries, count facets, find the same paper across documents.
// dotnet run --project samples/Query [-- DIR]   (default: $PAPERDIGEST_CORPUS, else ../shared/corpus)
using PaperDigest;

var folder = args.FirstOrDefault() ?? Environment.GetEnvironmentVariable("PAPERDIGEST_CORPUS") ?? Path.Combine("..", "shared", "corpus");
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"No folder {folder}: pass a folder of digests (.txt, .md, .html).");
    return 2;
}

var corpus = new DigestCorpus();
var loaded = await corpus.LoadDirectoryAsync(folder, "*.txt");
Console.WriteLine($"{corpus.Documents.Count} documents, {corpus.Entries.Count} entries ({loaded.Count(r => !r.Succeeded)} unreadable)");

// Fluent filters compose with LINQ.
var rlWithCode = corpus.Entries.WithTag("強化學習").WithCode().ToList();
Console.WriteLine($"reinforcement learning (or narrower) with code: {rlWithCode.Count}");

// The query language, ranked, with where each term matched.
foreach (var hit in corpus.Search("tag:rlvr reward").Take(3))
{
    var where = string.Join(", ", hit.Matches.Select(m => m.Field).Distinct());
    Console.WriteLine($"  {hit.Score,6:0.00}  {Path.GetFileName(hit.Entry.Path)}:{hit.Entry.Ordinal}  matched in {where}");
}

// Malformed queries report where they went wrong.
if (!DigestQuery.TryParse("tag:rlvr AND (has:code", out _, out var error))
{
    Console.WriteLine($"bad query: {error}");
}

// Facets over a filtered set, labelled in Simplified Chinese.
Console.WriteLine("top categories of papers with code:");
foreach (var value in corpus.Entries.Matching("has:code").Facet(FacetKind.Category, "zh-Hans").Take(3))
{
    Console.WriteLine($"  {value.Count,4}  {value.Label}");
}

// The same paper across documents.
foreach (var paper in corpus.Entries.GroupPapers())
{
    Console.WriteLine($"same paper: {paper.Title} ({paper.Entries.Count} entries: {string.Join(", ", paper.Entries.Select(e => $"{Path.GetFileName(e.Path)}:{e.Ordinal}"))})");
}

return 0;
