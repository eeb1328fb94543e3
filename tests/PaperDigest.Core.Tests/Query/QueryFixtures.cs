namespace PaperDigest.Tests.Query;

/// <summary>
/// The query fixtures as one corpus: query/catalog.txt (4 papers: RLVR with arXiv and GitHub links, RLHF, LoRA,
/// RL robotics with a GitLab link) and query/tagged.txt (4 Traditional Chinese articles tagged #論文).
/// </summary>
internal static class QueryFixtures
{
    public static DigestCorpus Corpus()
    {
        var corpus = new DigestCorpus();
        corpus.AddFile(Fixtures.Path("query/catalog.txt"));
        corpus.AddFile(Fixtures.Path("query/tagged.txt"));
        return corpus;
    }

    /// <summary>Entries named <c>c1</c>..<c>c4</c> (catalog) and <c>t1</c>..<c>t4</c> (tagged), for readable expectations.</summary>
    public static IEnumerable<string> Names(IEnumerable<CorpusEntry> entries) =>
        entries.Select(e => (e.Document.Index == 0 ? "c" : "t") + e.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
