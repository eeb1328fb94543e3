namespace PaperDigest;

/// <summary>An entry that matched a query, with its rank score and where its text terms matched.</summary>
/// <param name="Entry">The matching entry.</param>
/// <param name="Score">
/// Term frequency with field weights (titles 5, TL;DR and subtitles 3, fields, summaries and takeaways 2,
/// abstracts 1.5, bodies 1), summed over the query's positive text terms; 0 when the query has none.
/// </param>
/// <param name="Matches">The first matches of each positive text term, in field order.</param>
public sealed record QueryHit(CorpusEntry Entry, double Score, IReadOnlyList<TextMatch> Matches);
