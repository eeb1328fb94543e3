namespace PaperDigest;

/// <summary>
/// One parsed digest: its layout, how that layout was chosen, document-level metadata,
/// the sections and entries found in it, and every diagnostic the parse produced.
/// </summary>
/// <remarks>Instances are immutable once returned by a parse and safe to share between threads.</remarks>
public sealed class DigestDocument
{
    private readonly IReadOnlyList<DigestDiagnostic> _diagnostics = [];
    private readonly IReadOnlyList<DigestTag> _tags = [];
    private readonly IReadOnlyList<DigestEntry> _entries = [];
    private readonly IReadOnlyList<DigestSection> _sections = [];

    /// <summary>The layout the document was parsed as (<see cref="DigestFormat.Unknown"/> when none fitted).</summary>
    public DigestFormat Format { get; init; } = DigestFormat.Unknown;

    /// <summary>How the layout was chosen: the winning format, its score and every ranked candidate.</summary>
    public FormatDetection Detection { get; init; } = FormatDetection.None;

    /// <summary>The taxonomy the parse resolved tags, categories and topics with; <see langword="null"/> for a document built otherwise (read from JSON, made by hand).</summary>
    internal TagTaxonomy? ResolvedWith { get; init; }

    /// <summary>The document title (a headline or title line), or <see langword="null"/> when the document has none.</summary>
    public string? Title { get; init; }

    /// <summary>The date the document was published (front matter, a date line), when it states one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where the document came from, when the document says so.</summary>
    public DocumentSource? Source { get; init; }

    /// <summary>Tags the whole document carries (a tagged collection's <c>#論文</c> line).</summary>
    public IReadOnlyList<DigestTag> Tags
    {
        get => _tags;
        init => _tags = value ?? [];
    }

    /// <summary>
    /// The input lines read as document metadata (a title line, a tag line, a source line, Markdown front
    /// matter), or <see langword="null"/> when there are none. With the entry and section spans and the
    /// diagnostics' lines it accounts for every non-blank input line.
    /// </summary>
    public LineSpan? HeaderSpan { get; init; }

    /// <summary>
    /// The encoding the input bytes were read as (<c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>gb18030</c>,
    /// <c>big5</c>, or a declared charset's web name); <see langword="null"/> when the input was a string.
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>The dominant language and script of the document text.</summary>
    public DocumentLanguage Language { get; init; }

    /// <summary>Sections in document order (catalog categories, brief parts, blog chapters).</summary>
    public IReadOnlyList<DigestSection> Sections
    {
        get => _sections;
        init => _sections = value ?? [];
    }

    /// <summary>Entries (papers, articles, news items) in document order.</summary>
    public IReadOnlyList<DigestEntry> Entries
    {
        get => _entries;
        init => _entries = value ?? [];
    }

    /// <summary>Everything the parser noticed about the input, in line order; empty for a clean parse.</summary>
    public IReadOnlyList<DigestDiagnostic> Diagnostics
    {
        get => _diagnostics;
        init => _diagnostics = value ?? [];
    }
}
