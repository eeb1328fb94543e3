namespace PaperDigest;

/// <summary>Papers out of a corpus or a query: records for <see cref="IPaperWriter"/>, each paper once on request.</summary>
public static class PaperExports
{
    /// <summary>The record of each entry, in corpus order (documents as added, entries in document order).</summary>
    /// <param name="entries">Corpus entries (a corpus's, or a query's hits' entries).</param>
    /// <returns>The records.</returns>
    public static IEnumerable<PaperRecord> ToPaperRecords(this IEnumerable<CorpusEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            yield return PaperRecord.From(entry.Document.Document, entry.Entry, entry.Path);
        }
    }

    /// <summary>
    /// Each paper once: records with the same arXiv id, or without one the same title (case, spaces and punctuation
    /// aside), become the first of them, listing every source document and the union of their tags; a fact the first
    /// lacks (authors, date, abstract, DOI, venue) is taken from the next that has it.
    /// </summary>
    /// <param name="records">The records, in order.</param>
    /// <returns>The merged records, in the order their first record came.</returns>
    public static IReadOnlyList<PaperRecord> MergeSamePapers(this IEnumerable<PaperRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var merged = new List<PaperRecord>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var key = record.ArxivId is { } id ? "arxiv:" + id : record.Title is { } title ? "title:" + TitleKey(title) : null;
            if (key is null || !byKey.TryGetValue(key, out var at))
            {
                if (key is not null)
                {
                    byKey[key] = merged.Count;
                }

                merged.Add(record);
                continue;
            }

            var first = merged[at];
            merged[at] = first with
            {
                Authors = first.Authors.Count > 0 ? first.Authors : record.Authors,
                MoreAuthors = first.Authors.Count > 0 ? first.MoreAuthors : record.MoreAuthors,
                TranslatedTitle = first.TranslatedTitle ?? record.TranslatedTitle,
                Date = first.Date ?? record.Date,
                Venue = first.Venue ?? record.Venue,
                Doi = first.Doi ?? record.Doi,
                PrimaryClass = first.PrimaryClass ?? record.PrimaryClass,
                Abstract = first.Abstract ?? record.Abstract,
                Tags = [.. first.Tags.Union(record.Tags, StringComparer.Ordinal)],
                Sources = [.. first.Sources, .. record.Sources],
            };
        }

        return merged;
    }

    private static string TitleKey(string title) =>
        string.Concat(title.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
