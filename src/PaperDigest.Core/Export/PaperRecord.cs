namespace PaperDigest;

/// <summary>
/// One paper as exports need it (<see cref="IPaperWriter"/>): the entry's facts with the ones a citation needs made
/// explicit: a date with its source, authors as split names, the original and the translated title apart, venue,
/// DOI and arXiv id, and the document it came from. <see cref="From"/> builds one from a parsed entry.
/// </summary>
public sealed record PaperRecord
{
    /// <summary>
    /// The title in the paper's own language (its English title where the digest gives one); <see langword="null"/>
    /// where the digest gives none (a text export of a catalog that lost its titles).
    /// </summary>
    public string? Title { get; init; }

    /// <summary>The digest's translation of the title (a Chinese title over an English paper), or <see langword="null"/>.</summary>
    public string? TranslatedTitle { get; init; }

    /// <summary>The authors in order, split into family and given names where the script allows.</summary>
    public IReadOnlyList<PersonName> Authors { get; init; } = [];

    /// <summary>Whether the digest shortened the author list (<c>et al.</c>, <c>等</c>).</summary>
    public bool MoreAuthors { get; init; }

    /// <summary>When the paper appeared, with the fact that tells; <see langword="null"/> when nothing does.</summary>
    public PaperDate? Date { get; init; }

    /// <summary>The venue the digest states (<c>ICLR 2026</c>), or <see langword="null"/>.</summary>
    public string? Venue { get; init; }

    /// <summary>The arXiv id without version, or <see langword="null"/>.</summary>
    public string? ArxivId { get; init; }

    /// <summary>The arXiv primary category (<c>cs.CL</c>) when the entry's category is one, else <see langword="null"/>.</summary>
    public string? PrimaryClass { get; init; }

    /// <summary>The DOI, or <see langword="null"/>.</summary>
    public string? Doi { get; init; }

    /// <summary>The paper's address: its arXiv abstract page, else its DOI resolver, else its first link.</summary>
    public string? Url { get; init; }

    /// <summary>The abstract (or, for an item, its summary), or <see langword="null"/>.</summary>
    public string? Abstract { get; init; }

    /// <summary>The canonical ids of the entry's own tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The section or category the digest files the paper under, or <see langword="null"/>.</summary>
    public string? Section { get; init; }

    /// <summary>Where the paper was read: each source document's path (or title) and the entry's ordinal in it.</summary>
    public IReadOnlyList<PaperSource> Sources { get; init; } = [];

    /// <summary>The record of <paramref name="entry"/> of <paramref name="document"/>, read from <paramref name="path"/>.</summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="entry">One of its entries.</param>
    /// <param name="path">The file it was read from, or <see langword="null"/>.</param>
    /// <returns>The record.</returns>
    public static PaperRecord From(DigestDocument document, DigestEntry entry, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entry);
        return Export.PaperRecords.Build(document, entry, path);
    }
}
