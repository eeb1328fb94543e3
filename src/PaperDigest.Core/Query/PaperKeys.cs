using System.Text;

namespace PaperDigest.Query;

/// <summary>
/// The identities that tie an entry to a paper: arXiv ids (without version), OpenReview ids, the normalized
/// paper title, and the code repository when the entry links at most two (more makes it a roundup).
/// Keys are prefixed by kind; a lower <see cref="Rank"/> is a stronger identity.
/// </summary>
internal static class PaperKeys
{
    public const string GitHubPrefix = "github:";

    // Shorter titles ("Introduction", "方法") are too generic to identify a paper.
    private const int MinTitleKeyLength = 8;
    private const int MaxRepositoriesPerPaper = 2;

    public static List<string> Of(CorpusEntry entry)
    {
        var keys = new List<string>();
        foreach (var link in entry.Entry.Links)
        {
            // A link without an id (openreview.net/forum?id=) names no paper.
            if (string.IsNullOrWhiteSpace(link.Id))
            {
                continue;
            }

            if (link.Kind == LinkKind.Arxiv)
            {
                keys.Add("arxiv:" + EntryPredicates.ArxivKey(link.Id));
            }
            else if (link.Kind == LinkKind.OpenReview)
            {
                keys.Add("openreview:" + link.Id);
            }
        }

        AddTitle(keys, entry.Entry.PaperTitle);
        if (entry.Entry.Kind == EntryKind.Paper)
        {
            AddTitle(keys, entry.Entry.Title);
        }

        var repositories = Repositories(entry);
        if (repositories.Count <= MaxRepositoriesPerPaper)
        {
            keys.AddRange(repositories.Select(repository => GitHubPrefix + repository));
        }

        return keys;
    }

    public static int Rank(string key) =>
        key.StartsWith("arxiv:", StringComparison.Ordinal) ? 0
        : key.StartsWith("openreview:", StringComparison.Ordinal) ? 1
        : key.StartsWith("title:", StringComparison.Ordinal) ? 2
        : 3;

    /// <summary>A title folded for search, keeping letters and digits only: punctuation, spacing and script do not split papers.</summary>
    public static string? TitleKey(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var key = new StringBuilder(title.Length);
        foreach (var c in SearchFolding.Fold(title))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.Length >= MinTitleKeyLength ? key.ToString() : null;
    }

    private static void AddTitle(List<string> keys, string? title)
    {
        if (TitleKey(title) is { } key && !keys.Contains("title:" + key))
        {
            keys.Add("title:" + key);
        }
    }

    private static List<string> Repositories(CorpusEntry entry) =>
        entry.Entry.Links
            .Where(link => link.Kind == LinkKind.GitHub && link.Id is not null && link.Id.Contains('/', StringComparison.Ordinal))
            .Select(link => link.Id!.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
