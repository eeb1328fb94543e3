namespace PaperDigest;

/// <summary>A document in a <see cref="DigestCorpus"/>: where it came from and its entries.</summary>
public sealed class CorpusDocument
{
    internal CorpusDocument(DigestCorpus corpus, int index, DigestDocument document, string? path)
    {
        Corpus = corpus;
        Index = index;
        Document = document;
        Path = path;
        var entries = new CorpusEntry[document.Entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new CorpusEntry(this, document.Entries[i]);
        }

        Entries = entries;
    }

    /// <summary>The corpus the document belongs to.</summary>
    public DigestCorpus Corpus { get; }

    /// <summary>The document's position in <see cref="DigestCorpus.Documents"/>.</summary>
    public int Index { get; }

    /// <summary>The parsed document.</summary>
    public DigestDocument Document { get; }

    /// <summary>The file the document was read from, or the name it was added under; null when none was given.</summary>
    public string? Path { get; }

    /// <summary>The document's entries, in document order.</summary>
    public IReadOnlyList<CorpusEntry> Entries { get; }

    /// <inheritdoc/>
    public override string ToString() => Path ?? $"#{Index}";
}
