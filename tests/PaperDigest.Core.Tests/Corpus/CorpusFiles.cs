namespace PaperDigest.Tests.Corpus;

/// <summary>
/// The shared reference corpus, found through <c>PAPERDIGEST_CORPUS</c>. Without it the corpus tests
/// skip (a fresh clone still passes); with <c>PAPERDIGEST_REQUIRE_CORPUS=1</c> (set by <c>.ci/run</c>)
/// a missing corpus fails them instead, so CI cannot pass without running them.
/// </summary>
internal static class CorpusFiles
{
    private static readonly Dictionary<string, Lazy<DigestDocument>> Parsed = new(StringComparer.Ordinal);

    /// <summary>The five text files of the corpus, one per layout.</summary>
    public static TheoryData<string> TextFiles => new("catalog.txt", "brief.txt", "tagged.txt", "blog.txt", "article.txt");

    /// <summary>
    /// Whether the corpus tests are left out: no <c>PAPERDIGEST_CORPUS</c>, and not required. When required, they run
    /// and fail, so CI cannot pass without them.
    /// </summary>
    public static bool LeftOut =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PAPERDIGEST_CORPUS"))
        && Environment.GetEnvironmentVariable("PAPERDIGEST_REQUIRE_CORPUS") != "1";

    /// <summary>The corpus folder (skips the test when it is not configured).</summary>
    public static string Folder() => System.IO.Path.GetDirectoryName(Path("catalog.txt"))!;

    public static string Path(string name)
    {
        var folder = Environment.GetEnvironmentVariable("PAPERDIGEST_CORPUS");
        var required = Environment.GetEnvironmentVariable("PAPERDIGEST_REQUIRE_CORPUS") == "1";
        if (string.IsNullOrWhiteSpace(folder))
        {
            if (required)
            {
                throw new InvalidOperationException("PAPERDIGEST_REQUIRE_CORPUS=1 but PAPERDIGEST_CORPUS is not set.");
            }

            Assert.Skip("PAPERDIGEST_CORPUS is not set: corpus tests need the shared corpus folder (../shared/corpus); .ci/run sets it.");
        }

        var path = System.IO.Path.Combine(Resolve(folder), name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"PAPERDIGEST_CORPUS is set to '{folder}' but it has no {name}.", path);
        }

        return path;
    }

    /// <summary>
    /// A relative <c>PAPERDIGEST_CORPUS</c> (the README's <c>../shared/corpus</c>) means relative to where the command
    /// ran, or to the repository root: the test host runs in <c>bin/Debug/net10.0</c>, not where <c>dotnet test</c> started.
    /// </summary>
    internal static string Resolve(string folder)
    {
        if (System.IO.Path.IsPathRooted(folder))
        {
            return folder;
        }

        var fromHere = System.IO.Path.GetFullPath(folder);
        if (Directory.Exists(fromHere))
        {
            return fromHere;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PaperDigest.Core.sln")))
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, folder));
            }
        }

        return fromHere;
    }

    public static string Read(string name) => File.ReadAllText(Path(name));

    /// <summary>The corpus file parsed once with the default pipeline and shared by the tests that only read it.</summary>
    public static DigestDocument Parse(string name)
    {
        var path = Path(name);
        Lazy<DigestDocument> lazy;
        lock (Parsed)
        {
            if (!Parsed.TryGetValue(name, out lazy!))
            {
                lazy = new Lazy<DigestDocument>(() => Digest.LoadFile(path));
                Parsed[name] = lazy;
            }
        }

        return lazy.Value;
    }
}
