using PaperDigest.Query;

namespace PaperDigest;

/// <summary>
/// Many parsed documents queried together: every entry is addressable by document and ordinal, and filters,
/// search, facets and paper groups run over <see cref="Entries"/>. Tags, categories and topics are resolved
/// with the pipeline's taxonomy.
/// </summary>
/// <remarks>
/// Adding documents is not thread-safe; once loading is done, any number of threads may query the corpus
/// and its entries at once.
/// </remarks>
public sealed class DigestCorpus
{
    private readonly List<CorpusDocument> _documents = [];
    private readonly List<CorpusEntry> _entries = [];

    /// <summary>Creates an empty corpus that parses with <see cref="DigestPipeline.Default"/>.</summary>
    public DigestCorpus()
        : this(DigestPipeline.Default)
    {
    }

    /// <summary>Creates an empty corpus that parses with <paramref name="pipeline"/> and resolves tags with its taxonomy.</summary>
    public DigestCorpus(DigestPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        Pipeline = pipeline;
    }

    /// <summary>The pipeline text and files are parsed with.</summary>
    public DigestPipeline Pipeline { get; }

    /// <summary>The taxonomy tag, category and topic filters resolve with (the pipeline's).</summary>
    public TagTaxonomy Taxonomy => Pipeline.Taxonomy;

    /// <summary>The documents, in the order they were added.</summary>
    public IReadOnlyList<CorpusDocument> Documents => _documents;

    /// <summary>Every entry of every document, document by document.</summary>
    public IReadOnlyList<CorpusEntry> Entries => _entries;

    /// <summary>Adds a parsed document; <paramref name="path"/> names it in results.</summary>
    public CorpusDocument Add(DigestDocument document, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var added = new CorpusDocument(this, _documents.Count, document, path);
        _documents.Add(added);
        _entries.AddRange(added.Entries);
        return added;
    }

    /// <summary>Parses <paramref name="text"/> with the corpus pipeline and adds it.</summary>
    public CorpusDocument AddText(string text, string? path = null) => Add(Pipeline.Parse(text), path);

    /// <summary>Reads and parses a file (any supported encoding, text or HTML) and adds it.</summary>
    public CorpusDocument AddFile(string path) => Add(Digest.LoadFile(path, Pipeline), path);

    /// <summary>
    /// Reads and parses files in parallel and adds the documents in the order of <paramref name="paths"/>;
    /// a file that cannot be read is skipped and reported in the results.
    /// </summary>
    public async Task<IReadOnlyList<DigestLoadResult>> AddFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var results = await LoadInOrderAsync(paths, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            if (result.Document is not null)
            {
                Add(result.Document, result.Path);
            }
        }

        return results;
    }

    // Parses the files in parallel; the results in the order of the paths.
    private async Task<DigestLoadResult[]> LoadInOrderAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var ordered = paths.ToList();
        var results = new DigestLoadResult[ordered.Count];
        var positions = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            (positions.TryGetValue(ordered[i], out var queue) ? queue : positions[ordered[i]] = new Queue<int>()).Enqueue(i);
        }

        await foreach (var result in Digest.LoadManyAsync(ordered, Pipeline, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            results[positions[result.Path].Dequeue()] = result;
        }

        return results;
    }

    /// <summary>
    /// Adds the digests under <paramref name="directory"/> as <c>paperdigest</c> reads a folder: the files
    /// <see cref="DigestFolder.List"/> finds (the digest extensions, or <paramref name="searchPattern"/>; subfolders
    /// too unless <paramref name="searchOption"/> says otherwise), parsed in parallel and added in walk order. A file
    /// that no layout fits (a README, notes, a gold file) is not added: its result says so in
    /// <see cref="DigestLoadResult.Skipped"/>; a file that cannot be read comes back with its error.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="searchPattern">A file name pattern (<c>*.txt</c>); <see langword="null"/> for the digest extensions.</param>
    /// <param name="searchOption">Subfolders too (the default), or the folder's own files only.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>One result per file found, in walk order, then one per path the walk passed over.</returns>
    public async Task<IReadOnlyList<DigestLoadResult>> LoadDirectoryAsync(
        string directory,
        string? searchPattern = null,
        SearchOption searchOption = SearchOption.AllDirectories,
        CancellationToken cancellationToken = default)
    {
        var listing = DigestFolder.List(directory, searchPattern, searchOption == SearchOption.AllDirectories, Pipeline.Options.MaxInputBytes);
        var results = new List<DigestLoadResult>(listing.Files.Count + listing.PassedOver.Count);
        foreach (var result in await LoadInOrderAsync(listing.Files, cancellationToken).ConfigureAwait(false))
        {
            if (result.Document is { } document && DigestFolder.NotADigest(document) is { } reason)
            {
                results.Add(result with { Skipped = reason });
                continue;
            }

            if (result.Document is not null)
            {
                Add(result.Document, result.Path);
            }

            results.Add(result);
        }

        results.AddRange(listing.PassedOver.Select(p => new DigestLoadResult(p.Path, null, p.IsProblem ? new IOException(p.Reason) : null) { Skipped = p.IsProblem ? null : p.Reason }));
        return results;
    }

    /// <summary>The entry with the 1-based <paramref name="ordinal"/> in the document at <paramref name="documentIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such document or entry.</exception>
    public CorpusEntry GetEntry(int documentIndex, int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documentIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(documentIndex, _documents.Count);
        var entries = _documents[documentIndex].Entries;
        foreach (var entry in entries)
        {
            if (entry.Ordinal == ordinal)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"Document {documentIndex} has no entry {ordinal}.");
    }

    /// <summary>
    /// The acronym merges the corpus shows (see <see cref="TagTaxonomy.LearnMerges"/>): an acronym no concept takes and
    /// the one label that spells it out or whose initials are its letters, with the counts as evidence. Nothing is
    /// applied: build a taxonomy with <see cref="TagTaxonomyBuilder.AddMerges"/> to use them.
    /// </summary>
    /// <returns>The merges, by acronym.</returns>
    public IReadOnlyList<TagMerge> LearnTagMerges() =>
        Taxonomy.LearnMerges(_documents.SelectMany(d => d.Document.Tags.Concat(d.Document.Entries.SelectMany(e => e.Tags))).Select(t => t.Label));

    /// <summary>The entries matching <paramref name="query"/> (see <see cref="DigestQuery"/>), ranked.</summary>
    /// <exception cref="QuerySyntaxException">The query is malformed.</exception>
    public IReadOnlyList<QueryHit> Search(string query) => _entries.Search(DigestQuery.Parse(query));

    /// <summary>The entries matching <paramref name="query"/>, ranked.</summary>
    public IReadOnlyList<QueryHit> Search(DigestQuery query) => _entries.Search(query);
}
