using PaperDigest.Parsing;
using PaperDigest.Query;

namespace PaperDigest;

/// <summary>Finds the entries, across documents, that describe the same paper.</summary>
public static class PaperGrouping
{
    /// <summary>
    /// Groups entries sharing an arXiv id, an OpenReview id, a normalized paper title (<c>《…》</c>, <c>论文标题:</c>,
    /// catalog and HTML titles) or a code repository; an entry that links nothing joins a repository's group when
    /// its text names the repository and its owner (articles about <c>deepseek-ai/Engram</c> say "DeepSeek" and
    /// "Engram"). Identities chain: A and B share an arXiv id, B and C a title, so all three are one paper.
    /// </summary>
    /// <param name="entries">The entries to group.</param>
    /// <param name="includeSingles">Whether an entry no other entry shares a paper with is returned as its own group.</param>
    /// <returns>The groups, ordered by their first entry.</returns>
    public static IReadOnlyList<PaperGroup> GroupPapers(this IEnumerable<CorpusEntry> entries, bool includeSingles = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var members = entries.ToList();
        var keys = members.Select(PaperKeys.Of).ToList();
        AddRepositoryMentions(members, keys);
        var sets = new DisjointSets(members.Count);
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            foreach (var key in keys[i])
            {
                if (!owners.TryAdd(key, i))
                {
                    sets.Union(owners[key], i);
                }
            }
        }

        return members
            .Select((entry, index) => (entry, index))
            .GroupBy(member => sets.Find(member.index))
            .Where(group => includeSingles || group.Count() > 1)
            .Select(group => ToGroup(group.Select(m => m.entry).ToList(), group.SelectMany(m => keys[m.index]).ToList()))
            .ToList();
    }

    private static void AddRepositoryMentions(List<CorpusEntry> members, List<List<string>> keys)
    {
        var mentions = new RepositoryMentions(keys.SelectMany(k => k));
        if (mentions.IsEmpty)
        {
            return;
        }

        for (var i = 0; i < members.Count; i++)
        {
            // Only entries that link no paper of their own: a linked identity is stronger than a mention.
            if (!keys[i].Any(key => PaperKeys.Rank(key) is 0 or 1 || key.StartsWith(PaperKeys.GitHubPrefix, StringComparison.Ordinal)))
            {
                keys[i].AddRange(mentions.Find(members[i]));
            }
        }
    }

    private static PaperGroup ToGroup(List<CorpusEntry> entries, List<string> keys)
    {
        var key = keys
            .GroupBy(k => k, StringComparer.Ordinal)
            .OrderBy(g => PaperKeys.Rank(g.Key))
            .ThenByDescending(g => g.Count())
            .FirstOrDefault()?.Key ?? "entry:" + entries[0];
        var title = entries.Select(e => e.Entry.PaperTitle).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
            ?? entries.Where(e => e.Entry.Kind == EntryKind.Paper).Select(e => e.Entry.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
            ?? entries[0].Title;
        var links = LinkSet.Of(entries.SelectMany(e => e.Entry.Links));
        return new PaperGroup(key, title, entries, links.ToArray());
    }
}
