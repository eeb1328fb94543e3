namespace PaperDigest.Tests.Synthetic;

/// <summary>Compares a parse with the papers it was generated from: a paper is recovered when its entry, in order, has its title, arXiv id, authors and every field value.</summary>
public static class RecordRecovery
{
    public static (int Recovered, int Total, string? FirstMiss) Compare(SyntheticCatalog catalog, DigestDocument document)
    {
        var papers = catalog.Papers.ToList();
        var entries = document.Entries;
        var recovered = 0;
        string? miss = null;
        for (var i = 0; i < papers.Count; i++)
        {
            var why = i < entries.Count && entries.Count == papers.Count ? Mismatch(papers[i], entries[i]) : $"{entries.Count} entries for {papers.Count} papers";
            if (why is null)
            {
                recovered++;
            }
            else
            {
                miss ??= $"{catalog.Template} paper {i + 1}: {why}";
            }
        }

        return (recovered, papers.Count, miss);
    }

    private static string? Mismatch(SyntheticPaper paper, DigestEntry entry)
    {
        if (entry.Title != paper.Title)
        {
            return $"title '{entry.Title}' for '{paper.Title}'";
        }

        if (entry.ArxivId is not { } id || !id.StartsWith(paper.ArxivId, StringComparison.Ordinal))
        {
            return $"arXiv '{entry.ArxivId}' for '{paper.ArxivId}'";
        }

        if (!entry.Authors.SequenceEqual(paper.Authors))
        {
            return $"authors '{string.Join(", ", entry.Authors)}'";
        }

        var values = entry.Fields.Values.Concat(new[] { entry.Abstract, entry.TlDr, entry.Summary, entry.Body }.OfType<string>()).ToHashSet();
        foreach (var (label, value) in paper.Fields)
        {
            if (!values.Contains(value))
            {
                return $"field '{label}' = '{value}' not found among '{string.Join(" | ", values)}'";
            }
        }

        return null;
    }
}
