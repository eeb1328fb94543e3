using PaperDigest.Query;

namespace PaperDigest;

/// <summary>
/// An entry in a <see cref="DigestCorpus"/>, addressable by document and ordinal, with what filters look at:
/// its document's format, publisher and language, and its tags (the entry's own and its document's) and
/// category and topic resolved with the corpus taxonomy.
/// </summary>
public sealed class CorpusEntry
{
    private EntryText? _text;

    internal CorpusEntry(CorpusDocument document, DigestEntry entry)
    {
        Document = document;
        Entry = entry;
        var taxonomy = document.Corpus.Taxonomy;

        // A parse with the corpus taxonomy has resolved everything once already; a document read from JSON
        // or parsed with another taxonomy is resolved with the corpus's.
        var resolved = ReferenceEquals(document.Document.ResolvedWith, taxonomy);
        Tags = Merge(entry.Tags, document.Document.Tags, resolved ? null : taxonomy);
        OwnTags = document.Document.Tags.Count == 0 ? Tags : Merge(entry.Tags, [], resolved ? null : taxonomy);
        CanonicalCategory = entry.Category is null ? null : resolved ? entry.CanonicalCategory : taxonomy.Resolve(entry.Category).Canonical;
        CanonicalTopic = entry.Topic is null ? null : resolved ? entry.CanonicalTopic : taxonomy.Resolve(entry.Topic).Canonical;
    }

    /// <summary>The document the entry belongs to.</summary>
    public CorpusDocument Document { get; }

    /// <summary>The parsed entry.</summary>
    public DigestEntry Entry { get; }

    /// <summary>The entry's 1-based position in its document (<see cref="DigestEntry.Ordinal"/>).</summary>
    public int Ordinal => Entry.Ordinal;

    /// <summary>The document's path (see <see cref="CorpusDocument.Path"/>).</summary>
    public string? Path => Document.Path;

    /// <summary>The layout of the entry's document.</summary>
    public DigestFormat Format => Document.Document.Format;

    /// <summary>The entry's publisher, else its document's.</summary>
    public string? Publisher => Entry.Publisher ?? Document.Document.Source?.Publisher;

    /// <summary>The language of the entry's document.</summary>
    public DocumentLanguage Language => Document.Document.Language;

    /// <summary>The entry's title, else the title of the paper it describes.</summary>
    public string? Title => Entry.Title ?? Entry.PaperTitle;

    /// <summary>The entry's arXiv id (<see cref="DigestEntry.ArxivId"/>): <c>hit.Entry.ArxivId</c> for a query hit.</summary>
    public string? ArxivId => Entry.ArxivId;

    /// <summary>
    /// The entry's tags followed by its document's tags (a document tag such as <c>#论文</c> applies to every entry),
    /// one per canonical id, resolved with the corpus taxonomy.
    /// </summary>
    public IReadOnlyList<DigestTag> Tags { get; }

    /// <summary>The entry's own tags, resolved, without the ones its document carries for every entry (<c>entrytag:</c>).</summary>
    public IReadOnlyList<DigestTag> OwnTags { get; }

    /// <summary>The category resolved with the corpus taxonomy: a concept id or the normalized key.</summary>
    public string? CanonicalCategory { get; }

    /// <summary>The topic resolved with the corpus taxonomy: a concept id or the normalized key.</summary>
    public string? CanonicalTopic { get; }

    internal EntryText Text => _text ?? FoldText();

    /// <inheritdoc/>
    public override string ToString() => $"{Document}:{Ordinal}";

    // Folded on first search and kept; racing threads build equal values and one wins.
    private EntryText FoldText()
    {
        Interlocked.CompareExchange(ref _text, EntryText.Of(Entry), null);
        return _text!;
    }

    // The entry's tags, then its document's, one per canonical id; resolved again only when a taxonomy is given.
    private static IReadOnlyList<DigestTag> Merge(IReadOnlyList<DigestTag> entryTags, IReadOnlyList<DigestTag> documentTags, TagTaxonomy? taxonomy)
    {
        if (entryTags.Count + documentTags.Count == 0)
        {
            return [];
        }

        var tags = new List<DigestTag>(entryTags.Count + documentTags.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in entryTags.Concat(documentTags))
        {
            var resolved = taxonomy is null ? tag : DigestTag.Resolve(tag.Label, taxonomy);
            if (seen.Add(resolved.Canonical))
            {
                tags.Add(resolved);
            }
        }

        return [.. tags];
    }
}
