using PaperDigest.Query;

namespace PaperDigest;

/// <summary>
/// Fluent filters over corpus entries; each is lazy and composes with LINQ:
/// <c>corpus.Entries.WithTag("rlvr").WithCode().Containing("强化学习")</c>.
/// </summary>
/// <remarks>Filters only read the corpus, so any number of threads may run them on a corpus no one is adding to.</remarks>
public static class CorpusEntryFilters
{
    /// <summary>
    /// Entries carrying a tag: <paramref name="tag"/> is a concept id or any label of it (in any script or spelling);
    /// narrower concepts count unless <paramref name="includeNarrower"/> is false. A tag no concept takes matches by its
    /// normalized key.
    /// </summary>
    public static IEnumerable<CorpusEntry> WithTag(this IEnumerable<CorpusEntry> entries, string tag, bool includeNarrower = true) =>
        Filter(entries, tag, static (value, narrower) => EntryPredicates.Tag(value, narrower), includeNarrower);

    /// <summary>Entries in a category (a concept id or label; narrower concepts count unless told not to).</summary>
    public static IEnumerable<CorpusEntry> InCategory(this IEnumerable<CorpusEntry> entries, string category, bool includeNarrower = true) =>
        Filter(entries, category, static (value, narrower) => EntryPredicates.Category(value, narrower), includeNarrower);

    /// <summary>Entries under a topic label (a concept id or label; narrower concepts count unless told not to).</summary>
    public static IEnumerable<CorpusEntry> WithTopic(this IEnumerable<CorpusEntry> entries, string topic, bool includeNarrower = true) =>
        Filter(entries, topic, static (value, narrower) => EntryPredicates.Topic(value, narrower), includeNarrower);

    /// <summary>Entries of documents in one layout.</summary>
    public static IEnumerable<CorpusEntry> WithFormat(this IEnumerable<CorpusEntry> entries, DigestFormat format)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Where(EntryPredicates.Format(format));
    }

    /// <summary>Entries whose publisher contains <paramref name="publisher"/> (case, width and script folded: 算力日记 finds 算力日记).</summary>
    public static IEnumerable<CorpusEntry> FromPublisher(this IEnumerable<CorpusEntry> entries, string publisher)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        return entries.Where(EntryPredicates.Publisher(publisher));
    }

    /// <summary>Entries of documents in one language.</summary>
    public static IEnumerable<CorpusEntry> InLanguage(this IEnumerable<CorpusEntry> entries, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Where(EntryPredicates.Language(language));
    }

    /// <summary>Entries with at least one link of <paramref name="kind"/>.</summary>
    public static IEnumerable<CorpusEntry> WithLink(this IEnumerable<CorpusEntry> entries, LinkKind kind)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Where(EntryPredicates.Link(kind));
    }

    /// <summary>Entries linking code: a GitHub link, or a GitLab, Gitee, Bitbucket or Codeberg one.</summary>
    public static IEnumerable<CorpusEntry> WithCode(this IEnumerable<CorpusEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Where(EntryPredicates.HasCode);
    }

    /// <summary>Entries linking an arXiv paper.</summary>
    public static IEnumerable<CorpusEntry> WithArxiv(this IEnumerable<CorpusEntry> entries) => entries.WithLink(LinkKind.Arxiv);

    /// <summary>Entries with a non-empty <paramref name="field"/>.</summary>
    public static IEnumerable<CorpusEntry> WithField(this IEnumerable<CorpusEntry> entries, EntryField field)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Where(EntryPredicates.Field(field));
    }

    /// <summary>
    /// Entries whose text contains every word of <paramref name="text"/> (split on white space): Latin words match
    /// whole words, case-insensitively; Chinese matches as a substring; Traditional and Simplified fold
    /// (<c>強化學習</c> finds <c>强化学习</c>). Searched: title, paper title, subtitle, TL;DR, fields, summary,
    /// takeaways, abstract and body.
    /// </summary>
    public static IEnumerable<CorpusEntry> Containing(this IEnumerable<CorpusEntry> entries, string text)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(text);
        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => new SearchTerm(word))
            .ToArray();
        return entries.Where(entry => terms.All(term => term.OccursIn(entry.Text, titlesOnly: false)));
    }

    /// <summary>Entries matching a query (see <see cref="DigestQuery"/>), in their order.</summary>
    public static IEnumerable<CorpusEntry> Matching(this IEnumerable<CorpusEntry> entries, DigestQuery query)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(query);
        return entries.Where(QueryCompiler.Compile(query.Expression));
    }

    /// <summary>Entries matching a query text.</summary>
    /// <exception cref="QuerySyntaxException">The query is malformed.</exception>
    public static IEnumerable<CorpusEntry> Matching(this IEnumerable<CorpusEntry> entries, string query) =>
        entries.Matching(DigestQuery.Parse(query));

    /// <summary>
    /// The entries matching <paramref name="query"/>, ranked by <see cref="QueryHit.Score"/> (ties keep their order),
    /// each with where its text terms matched.
    /// </summary>
    public static IReadOnlyList<QueryHit> Search(this IEnumerable<CorpusEntry> entries, DigestQuery query)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(query);
        var predicate = QueryCompiler.Compile(query.Expression);
        var scorer = new QueryScorer(query.Expression);
        var hits = entries.Where(predicate).Select(scorer.Score).ToList();
        return hits.OrderByDescending(hit => hit.Score).ToList();
    }

    /// <summary>Ranked entries matching a query text (see <see cref="Search(IEnumerable{CorpusEntry}, DigestQuery)"/>).</summary>
    /// <exception cref="QuerySyntaxException">The query is malformed.</exception>
    public static IReadOnlyList<QueryHit> Search(this IEnumerable<CorpusEntry> entries, string query) =>
        entries.Search(DigestQuery.Parse(query));

    private static IEnumerable<CorpusEntry> Filter(
        IEnumerable<CorpusEntry> entries,
        string value,
        Func<string, bool, Func<CorpusEntry, bool>> predicate,
        bool includeNarrower)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return entries.Where(predicate(value, includeNarrower));
    }
}
