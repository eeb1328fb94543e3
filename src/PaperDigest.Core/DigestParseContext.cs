using PaperDigest.Parsing;

namespace PaperDigest;

/// <summary>
/// What a parser reads from and writes to during one parse: the input text and its line table,
/// the options, and sinks for entries, sections, document metadata and diagnostics.
/// </summary>
/// <remarks>One context serves one parse on one thread; the pipeline turns it into a <see cref="DigestDocument"/>.</remarks>
public sealed class DigestParseContext
{
    private readonly List<DigestEntry> _entries = [];
    private readonly List<DigestSection> _sections = [];
    private readonly List<DigestDiagnostic> _diagnostics = [];
    private LineTable? _lines;
    private int _droppedDiagnostics;
    private bool _entryLimitReported;

    /// <summary>Creates a context for parsing <paramref name="text"/> as <paramref name="format"/>.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="format">The layout being parsed.</param>
    /// <param name="options">The pipeline options.</param>
    public DigestParseContext(string text, DigestFormat format, DigestOptions options)
    {
        Text = text;
        Format = format;
        Options = options;
    }

    /// <summary>The whole input text.</summary>
    public string Text { get; }

    /// <summary>The input split into lines (built on first use, then shared).</summary>
    public LineTable Lines => _lines ??= LineTable.Build(Text);

    /// <summary>The layout being parsed.</summary>
    public DigestFormat Format { get; }

    /// <summary>The pipeline options.</summary>
    public DigestOptions Options { get; }

    /// <summary>The document title, when the parser finds one.</summary>
    public string? Title { get; set; }

    /// <summary>Where the document says it came from.</summary>
    public DocumentSource? Source { get; set; }

    /// <summary>The date the document was published, when the parser reads one (front matter fills it otherwise).</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The encoding the input bytes were decoded from; <see langword="null"/> when the input was a string.</summary>
    public string? Encoding { get; init; }

    /// <summary>Tags of the whole document.</summary>
    public IList<DigestTag> Tags { get; } = new List<DigestTag>();

    /// <summary>The lines read as document metadata (title, tag or source line, front matter); see <see cref="DigestDocument.HeaderSpan"/>.</summary>
    public LineSpan? HeaderSpan { get; private set; }

    /// <summary>
    /// Marks a line (1-based, as in <see cref="LineSpan"/> and <see cref="Report"/>; <see cref="Lines"/> is indexed from 0,
    /// so line index <c>i</c> is line <c>i + 1</c>) as read into document metadata, widening <see cref="HeaderSpan"/>.
    /// </summary>
    /// <param name="line">The 1-based line number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1 (a 0-based index passed by mistake).</exception>
    public void MarkHeaderLine(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        HeaderSpan = HeaderSpan is { } span
            ? new LineSpan(Math.Min(span.StartLine, line), Math.Max(span.EndLine, line))
            : new LineSpan(line, line);
    }

    /// <summary>The document language when the parser knows it; otherwise the pipeline detects it from the text.</summary>
    public DocumentLanguage? Language { get; set; }

    /// <summary>The entries added so far.</summary>
    public IReadOnlyList<DigestEntry> Entries => _entries;

    /// <summary>The sections added so far.</summary>
    public IReadOnlyList<DigestSection> Sections => _sections;

    /// <summary>The diagnostics kept so far.</summary>
    public IReadOnlyList<DigestDiagnostic> Diagnostics => _diagnostics;

    /// <summary>The ordinal the next entry should carry (1-based).</summary>
    public int NextOrdinal => _entries.Count + 1;

    /// <summary>Whether <see cref="DigestOptions.MaxEntries"/> has been reached; a parser should stop adding entries.</summary>
    public bool IsFull => _entries.Count >= Options.MaxEntries;

    /// <summary>Adds an entry. Past <see cref="DigestOptions.MaxEntries"/> the entry is not kept and one error is reported.</summary>
    /// <param name="entry">The entry, with <see cref="DigestEntry.Ordinal"/> set to <see cref="NextOrdinal"/>.</param>
    /// <returns><see langword="false"/> when the entry limit was reached and the entry was not kept.</returns>
    public bool AddEntry(DigestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (IsFull)
        {
            if (!_entryLimitReported)
            {
                _entryLimitReported = true;
                Report(DiagnosticSeverity.Error, DiagnosticCodes.EntryLimitReached,
                    $"The document holds more than {Options.MaxEntries} entries; the text from this line on is not parsed into entries.",
                    entry.Span.StartLine);
            }

            return false;
        }

        _entries.Add(entry);
        return true;
    }

    /// <summary>Adds a section.</summary>
    /// <param name="section">The section.</param>
    public void AddSection(DigestSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        _sections.Add(section);
    }

    /// <summary>Reports a diagnostic. Past <see cref="DigestOptions.MaxDiagnostics"/> diagnostics are counted, not kept.</summary>
    /// <param name="severity">How much it matters.</param>
    /// <param name="code">A stable code (see <see cref="DiagnosticCodes"/>; custom parsers use their own prefix).</param>
    /// <param name="message">What was found.</param>
    /// <param name="line">The 1-based line, or <see langword="null"/> for the whole document.</param>
    public void Report(DiagnosticSeverity severity, string code, string message, int? line = null)
    {
        if (_diagnostics.Count >= Options.MaxDiagnostics)
        {
            _droppedDiagnostics++;
            return;
        }

        _diagnostics.Add(new DigestDiagnostic(severity, code, message, line));
    }

    /// <summary>
    /// Resolves tags while the parse runs, so a label the input repeats costs one string and one tag for the whole
    /// parse; the pipeline sets it. Without one, tags are resolved when the document is built.
    /// </summary>
    internal Taxonomy.TagCanonicalizer? Canonicalizer { get; init; }

    /// <summary>The metadata a front end read before writing the input's blocks as <see cref="Text"/> (front matter, <c>&lt;head&gt;</c>); <see langword="null"/> for text read as it is.</summary>
    internal PaperDigest.Blocks.DocumentMetadata? PageMetadata { get; init; }

    private PaperDigest.Blocks.DocumentMetadata? _metadata;

    /// <summary>
    /// The document's metadata: its YAML front matter or a page's <c>&lt;head&gt;</c> (title, date, url, publisher,
    /// author, tags, unknown keys); <see cref="PaperDigest.Blocks.DocumentMetadata.None"/> when it has none. The pipeline fills
    /// <see cref="Source"/>, <see cref="Title"/> and <see cref="Date"/> from it after the parse where the parser left them empty.
    /// </summary>
    public PaperDigest.Blocks.DocumentMetadata Metadata => _metadata ??= ReadMetadata();

    /// <summary>
    /// The index in <see cref="Lines"/> of the first line after the metadata: past the front matter when it is part of
    /// <see cref="Text"/>, otherwise 0 (a Markdown or HTML front end has read the metadata and left it out of the text).
    /// </summary>
    public int BodyStart => MetadataIsInText ? Math.Min(Metadata.Lines!.Value.EndLine, Lines.Count) : 0;

    private bool MetadataIsInText => Metadata.Lines is not null && !ReferenceEquals(Metadata, PageMetadata);

    // Front matter read by the Markdown front end; else front matter at the top of the text (a page can
    // show it as text); else a page's <head>.
    private PaperDigest.Blocks.DocumentMetadata ReadMetadata() =>
        PageMetadata is { Lines: not null } frontMatter ? frontMatter
        : PaperDigest.Blocks.FrontMatterReader.ReadLeading(Text) is { Lines: not null } inText ? inText
        : PageMetadata ?? PaperDigest.Blocks.DocumentMetadata.None;

    private PaperDigest.Blocks.BlockDocument? _blocks;
    private PaperDigest.Records.RecordSet? _records;

    /// <summary>The blocks the front end read from a Markdown or HTML input; <see langword="null"/> for text read as it is.</summary>
    internal PaperDigest.Blocks.BlockDocument? PageBlocks { get; init; }

    /// <summary>
    /// The input as blocks (headings, paragraphs, list items, table rows with cells, bold runs and links), whatever its
    /// front end: a Markdown or HTML input's own blocks, or plain text read a line a block. Block lines are the input's own.
    /// </summary>
    public PaperDigest.Blocks.BlockDocument Blocks => _blocks ??= PageBlocks ?? PaperDigest.Blocks.BlockReader.ReadText(Text);

    /// <summary>The document's repeated record, induced from <see cref="Blocks"/> once, on first use (see <see cref="PaperDigest.Records.RecordInducer"/>).</summary>
    public PaperDigest.Records.RecordSet Records => _records ??= PaperDigest.Records.RecordInducer.Induce(Blocks);

    /// <summary>
    /// The document's repeated item, whatever the items are (news, posts, tools, papers), induced from <see cref="Blocks"/>
    /// once, on first use (see <see cref="PaperDigest.Records.RecordInducer.InduceItems"/>): what a brief, a collection or
    /// a blog chosen by its structure reads.
    /// </summary>
    public PaperDigest.Records.RecordSet Items => _items ??= PaperDigest.Records.RecordInducer.InduceItems(Blocks);

    private PaperDigest.Records.RecordSet? _items;

    /// <summary>Items induced before the parse (by structural detection over the whole input).</summary>
    internal PaperDigest.Records.RecordSet? PageItems
    {
        init => _items = value;
    }

    /// <summary>Records induced before the parse (by structural detection over the whole input).</summary>
    internal PaperDigest.Records.RecordSet? PageRecords
    {
        init => _records = value;
    }

    /// <summary>Whether the layout was chosen by the structure (StructuralDetection): its records are the document.</summary>
    internal bool StructureChose { get; init; }

    /// <summary>Whether the parser gave its spans and lines in the input's own lines (from <see cref="Blocks"/>) rather than in <see cref="Text"/>'s.</summary>
    internal bool SpansAreSourceLines { get; private set; }

    /// <summary>Drops what a parser added (entries, sections, header, diagnostics after the input checks), so another reading can start over.</summary>
    internal void StartOver(bool onSourceLines)
    {
        _entries.Clear();
        _sections.Clear();
        _diagnostics.RemoveRange(_inputDiagnostics, _diagnostics.Count - _inputDiagnostics);
        HeaderSpan = null;
        Title = null;
        _droppedDiagnostics = 0;
        _entryLimitReported = false;
        SpansAreSourceLines = onSourceLines;
    }

    private int _inputDiagnostics;

    /// <summary>Marks the diagnostics reported so far as the pipeline's own (input checks, encoding), before the parser runs.</summary>
    internal void MarkInputChecked() => _inputDiagnostics = _diagnostics.Count;

    /// <summary>The diagnostics the pipeline reported before the parser ran; a failed parse keeps them.</summary>
    internal IReadOnlyList<DigestDiagnostic> InputDiagnostics => _diagnostics.GetRange(0, _inputDiagnostics);

    /// <summary>The tag for a label read from the input: the shared resolved one when <see cref="Canonicalizer"/> is set.</summary>
    /// <summary>
    /// A tag for <paramref name="label"/>, resolved against the pipeline's taxonomy as the built-in parsers resolve
    /// theirs (canonical concept id, placement, the document's learned acronyms): add it to an entry's <c>Tags</c>.
    /// </summary>
    /// <param name="label">The label as written (<c>#RLVR</c>, <c>强化学习</c>).</param>
    /// <returns>The tag.</returns>
    public DigestTag ResolveTag(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Tag(label);
    }

    internal DigestTag Tag(ReadOnlySpan<char> label) =>
        Canonicalizer is { } canonicalizer ? canonicalizer.Resolve(label) : DigestTag.FromLabel(label.ToString());

    /// <summary>Builds the document; called once by the pipeline after the parser returns.</summary>
    // Entries with tags resolved and their section index: the innermost section whose span holds the
    // entry's first line. Sections come in document order, so a pointer sweep finds each in amortized O(1).
    private DigestEntry[] CanonicalEntries(Taxonomy.TagCanonicalizer canonicalizer)
    {
        var order = Enumerable.Range(0, _sections.Count).OrderBy(i => _sections[i].Span.StartLine).ToArray();
        var entries = new DigestEntry[_entries.Count];
        var next = 0;
        var open = new List<int>();
        for (var i = 0; i < entries.Length; i++)
        {
            var line = _entries[i].Span.StartLine;
            while (next < order.Length && _sections[order[next]].Span.StartLine <= line)
            {
                open.Add(order[next++]);
            }

            while (open.Count > 0 && _sections[open[^1]].Span.EndLine < line)
            {
                open.RemoveAt(open.Count - 1);
            }

            int? section = null;
            for (var k = open.Count - 1; k >= 0 && k >= open.Count - 8; k--)
            {
                if (_sections[open[k]].Span.Contains(line))
                {
                    section = open[k];
                    break;
                }
            }

            entries[i] = _entries[i].WithoutMarkup().Canonical(canonicalizer, section);
        }

        return entries;
    }

    internal DigestDocument ToDocument(FormatDetection detection, DocumentLanguage detectedLanguage, TagTaxonomy taxonomy)
    {
        var canonicalizer = Canonicalizer ?? new Taxonomy.TagCanonicalizer(taxonomy);
        canonicalizer.Observe(Tags);
        foreach (var entry in _entries)
        {
            canonicalizer.Observe(entry.Tags);
        }

        foreach (var merge in canonicalizer.TeachSpelledOutAcronyms())
        {
            Report(DiagnosticSeverity.Info, DiagnosticCodes.AcronymLearned,
                $"Tag '{merge.Label}' is read as '{merge.Canonical}': {merge.Evidence}.", null);
        }

        if (_droppedDiagnostics > 0)
        {
            _diagnostics.Add(new DigestDiagnostic(DiagnosticSeverity.Info, DiagnosticCodes.DiagnosticsTruncated,
                $"{_droppedDiagnostics} more diagnostics were not kept (limit {Options.MaxDiagnostics}).", null));
        }

        // Stable sort by line keeps report order for the same line; whole-document ones go first.
        var ordered = _diagnostics.Count > 1
            ? [.. _diagnostics.OrderBy(d => d.Line ?? 0)]
            : _diagnostics.ToArray();

        return new DigestDocument
        {
            Format = Format,
            Detection = detection,
            Title = Title,
            Source = Source,
            Date = Date,
            Tags = canonicalizer.Map([.. Tags]),
            Encoding = Encoding,
            HeaderSpan = HeaderSpan,
            Language = Language ?? detectedLanguage,
            Sections = _sections.ToArray(),
            Entries = CanonicalEntries(canonicalizer),
            ResolvedWith = taxonomy,
            Diagnostics = ordered,
        };
    }
}
