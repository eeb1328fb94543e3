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

        foreach (var result in results)
        {
            if (result.Document is not null)
            {
                Add(result.Document, result.Path);
            }
        }

        return results;
    }

    /// <summary>
    /// Adds every file of <paramref name="directory"/> matching <paramref name="searchPattern"/> (in ordinal
    /// order of their paths); see <see cref="AddFilesAsync"/>.
    /// </summary>
    public Task<IReadOnlyList<DigestLoadResult>> LoadDirectoryAsync(
        string directory,
        string searchPattern = "*",
        SearchOption searchOption = SearchOption.TopDirectoryOnly,
        CancellationToken cancellationToken = default)
    {
        var files = Directory.GetFiles(directory, searchPattern, searchOption);
        Array.Sort(files, StringComparer.Ordinal);
        return AddFilesAsync(files, cancellationToken);
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
