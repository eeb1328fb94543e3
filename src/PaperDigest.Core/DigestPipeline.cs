using PaperDigest.Blocks;
using PaperDigest.Detection;
using PaperDigest.Html;
using PaperDigest.Internals;
using PaperDigest.Parsing;

namespace PaperDigest;

/// <summary>
/// An immutable, thread-safe set of parsers and options. Build one with <see cref="DigestPipelineBuilder"/>
/// and reuse it for every parse; <see cref="Default"/> holds the built-in layouts with default options.
/// </summary>
public sealed class DigestPipeline
{
    private static readonly Lazy<DigestPipeline> DefaultPipeline = new(() => new DigestPipelineBuilder().Build());
    private static readonly UnknownLayoutParser Fallback = new UnknownLayoutParser();

    private readonly IDigestParser[] _textParsers;
    private readonly IDigestParser[] _htmlParsers;

    private readonly TagTaxonomy? _taxonomy;

    // No taxonomy means the built-in one, loaded on first use: a page's markup is read before its tags need it.
    internal DigestPipeline(IDigestParser[] parsers, DigestOptions options, TagTaxonomy? taxonomy)
    {
        _taxonomy = taxonomy;
        Parsers = parsers.AsReadOnly();
        Options = options;
        _htmlParsers = Array.FindAll(parsers, p => p is IHtmlDigestParser);
        _textParsers = Array.FindAll(parsers, p => p is not IHtmlDigestParser);
    }

    /// <summary>The pipeline of every built-in layout with default options, built once.</summary>
    public static DigestPipeline Default => DefaultPipeline.Value;

    /// <summary>The parsers in detection order (ties in score go to the earlier one).</summary>
    public IReadOnlyList<IDigestParser> Parsers { get; }

    /// <summary>The options every parse uses.</summary>
    public DigestOptions Options { get; }

    /// <summary>The labels the parsers know (<see cref="Parsing.LabelVocabulary.Default"/> unless the builder added or removed some).</summary>
    public Parsing.LabelVocabulary Labels { get; internal init; } = Parsing.LabelVocabulary.Default;

    /// <summary>The export formats, built-in (<see cref="PaperWriters"/>) and added (<see cref="DigestPipelineBuilder.AddWriter"/>).</summary>
    public IReadOnlyList<IPaperWriter> Writers { get; internal init; } = PaperWriters.All;

    /// <summary>The export format named <paramref name="name"/> (<c>bibtex</c>, case ignored), or <see langword="null"/>.</summary>
    /// <param name="name">The format's name.</param>
    /// <returns>The writer.</returns>
    public IPaperWriter? GetWriter(string name) =>
        Writers.FirstOrDefault(w => string.Equals(w.Name, name ?? throw new ArgumentNullException(nameof(name)), StringComparison.OrdinalIgnoreCase));

    /// <summary>The taxonomy that gives tags, topics and categories their canonical ids (<see cref="TagTaxonomy.BuiltIn"/> unless the builder set another).</summary>
    public TagTaxonomy Taxonomy => _taxonomy ?? TagTaxonomy.BuiltIn;

    /// <summary>Detects the layout of <paramref name="text"/> from a leading sample.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The chosen format, its score and every candidate.</returns>
    /// <remarks>
    /// HTML input is scored by the HTML-aware parsers (<see cref="IHtmlDigestParser"/>); when none fits,
    /// the page's text blocks are scored by the text layouts.
    /// </remarks>
    public FormatDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var labels = Parsing.LabelTable.Use(Labels);
        return Route(LineEnds.Normalize(text, out _), detectOnly: true).Detection;
    }

    // Detection reads a leading sample of the written text; Markdown and pages are read only as far as it takes
    // to write that much: Markdown is mostly text, a page's markup several times its text.
    private const int MarkdownPerTextCharacter = 2;
    private const int HtmlPerTextCharacter = 8;

    /// <summary>Parses <paramref name="text"/>: detects its layout (unless the options fix one) and reads it.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The document; in lenient mode bad input yields diagnostics, never an exception.</returns>
    /// <exception cref="DigestParseException">The input is longer than <see cref="DigestOptions.MaxInputLength"/>,
    /// or strict mode and the parse produced a warning or error.</exception>
    public DigestDocument Parse(string text) => Parse(text, decoded: null);

    /// <summary>Parses text decoded from bytes: the document reports the encoding, and undecodable bytes become a diagnostic.</summary>
    internal DigestDocument Parse(string text, DecodedText? decoded)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var labels = Parsing.LabelTable.Use(Labels);
        if (text.Length > Options.MaxInputLength)
        {
            throw new DigestParseException(
                $"The input has {text.Length} characters, more than the limit of {Options.MaxInputLength} (DigestOptions.MaxInputLength).");
        }

        text = LineEnds.Normalize(text, out var unicodeLineEnds);
        var route = Route(text);
        var document = ParseAs(route, decoded, unicodeLineEnds);
        if (Options.Mode == ParseMode.Strict && document.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            var first = document.Diagnostics.First(d => d.Severity >= DiagnosticSeverity.Warning);
            throw new DigestParseException($"Strict parse failed: {first}", document.Diagnostics) { Document = document };
        }

        return document;
    }

    private DigestDocument ParseAs(RoutedInput route, DecodedText? decoded, int unicodeLineEnds)
    {
        var (text, detection) = (route.Text, route.Detection);
        var sample = TextSample.Leading(text, Options.DetectionSampleLength);
        var context = new DigestParseContext(text, detection.Format, Options)
        {
            Encoding = decoded?.Encoding,
            Canonicalizer = new Taxonomy.TagCanonicalizer(Taxonomy),
            PageMetadata = route.Rendered?.Metadata,
            PageBlocks = route.Blocks,
            PageRecords = route.Records,
            PageItems = route.Items,
            StructureChose = route.StructureChose,
        };
        InputChecks.Report(text, sample, context);
        if (decoded is { InvalidSequences: > 0 } invalid)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.InvalidEncoding,
                $"{invalid.InvalidSequences} byte sequences are not valid {invalid.Encoding} ({invalid.Reason}); each became U+FFFD.");
        }

        if (decoded is { Overridden: { } declaration } overridden)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.EncodingDeclarationIgnored,
                $"The input declares {declaration}, but its bytes are not that encoding; they were read as {overridden.Encoding} ({overridden.Reason}).");
        }

        if (unicodeLineEnds > 0)
        {
            context.Report(DiagnosticSeverity.Info, DiagnosticCodes.UnicodeLineEnds,
                $"{unicodeLineEnds} Unicode line ends (NEL, LS, PS, or a lone form feed or vertical tab) were read as line breaks.");
        }

        if (route.Rendered is { FrontEnd: FrontEndKind.Html })
        {
            context.Report(DiagnosticSeverity.Info, DiagnosticCodes.HtmlReadAsText,
                "The HTML page was read as text blocks (headings, paragraphs, list items, links); line numbers are the page's source lines.");
        }

        foreach (var cut in route.Rendered?.Diagnostics ?? [])
        {
            context.Report(cut.Severity, cut.Code, cut.Message, cut.Line);
        }

        if (text.AsSpan().IsWhiteSpace())
        {
            return OnSourceLines(route, context, context.ToDocument(detection, LanguageDetector.Detect(sample), Taxonomy));
        }

        context.MarkInputChecked();
        var parser = detection.Parser ?? FindParser(detection.Format, route.Parsers);
        try
        {
            parser.Parse(context);
            Blocks.SourceFacts.Apply(context);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException or DigestParseException))
        {
            // A parser bug must not cost the user their text: keep it whole, keep what was reported before
            // the parser ran (input checks, encoding), and say what happened.
            var earlier = context.InputDiagnostics;
            context = new DigestParseContext(text, DigestFormat.Unknown, Options) { Encoding = decoded?.Encoding };
            foreach (var diagnostic in earlier)
            {
                context.Report(diagnostic.Severity, diagnostic.Code, diagnostic.Message, diagnostic.Line);
            }

            context.Report(DiagnosticSeverity.Error, DiagnosticCodes.ParserFailed,
                $"The {detection.Format} parser failed ({ex.GetType().Name}: {ex.Message}); the text is kept in one entry.");
            Fallback.Parse(context);
        }

        // A parser that knows better (a page's text rather than its markup) has set the language already.
        return OnSourceLines(route, context, context.ToDocument(detection, context.Language ?? LanguageDetector.Detect(sample), Taxonomy));
    }

    // Markdown or a page read as text blocks: spans and diagnostic lines go back to the input's own lines.
    private static DigestDocument OnSourceLines(RoutedInput route, DigestParseContext context, DigestDocument document) =>
        route.Rendered is { } rendered ? rendered.ToSourceLines(document, context.SpansAreSourceLines) : document;

    // Plain text goes to the text layouts as it is. Markdown is read by Markdig and HTML by AngleSharp into
    // blocks, which are written as light Markdown with a line map for the text layouts; HTML goes to the
    // HTML-aware parsers first, and to the text layouts only when none fits.
    private RoutedInput Route(string text, bool detectOnly = false)
    {
        var sample = TextSample.Leading(text, Options.DetectionSampleLength);
        var frontEnd = BlockReader.FrontEndOf(sample);
        if (frontEnd == FrontEndKind.Text)
        {
            var sampled = text[..sample.Length];
            var plain = StructuralDetection.Apply(FormatDetector.Detect(text, _textParsers, Options), () => TextBlockReader.Read(sampled), _textParsers, Options, out var sampleRecords);

            // The records of the sample chose the layout; the parse induces them over the whole text.
            return new RoutedInput(text, plain, _textParsers, Rendered: null, Blocks: null) { StructureChose = sampleRecords is not null };
        }

        if (frontEnd == FrontEndKind.Html && _htmlParsers.Length > 0 && (Options.Format is not { } format || Array.Exists(_htmlParsers, p => p.Format == format)))
        {
            var html = FormatDetector.Detect(text, _htmlParsers, Options);
            if (!html.Format.IsUnknown)
            {
                return new RoutedInput(text, html, _htmlParsers, Rendered: null, Blocks: null);
            }
        }

        var readLength = (long)Options.DetectionSampleLength * (frontEnd == FrontEndKind.Html ? HtmlPerTextCharacter : MarkdownPerTextCharacter);
        if (detectOnly && text.Length > readLength)
        {
            text = text[..TextSample.Leading(text, (int)readLength).Length];
        }

        var blocks = frontEnd == FrontEndKind.Html ? HtmlBlockReader.Read(text, Options) : MarkdownBlockReader.Read(text);
        var rendered = BlockText.Render(blocks, Options.DetectionSampleLength);
        var detection = StructuralDetection.Apply(FormatDetector.Detect(rendered.DetectionText, _textParsers, Options), () => blocks, _textParsers, Options, out var records);
        return detectOnly
            ? new RoutedInput(rendered.Text, detection, _textParsers, rendered, Blocks: null)
            : new RoutedInput(rendered.Text, detection, _textParsers, rendered, blocks)
            {
                Records = detection.Format == DigestFormat.Catalog ? records : null,
                Items = detection.Format == DigestFormat.Catalog ? null : records,
                StructureChose = records is not null,
            };
    }

    private static IDigestParser FindParser(DigestFormat format, IDigestParser[] parsers)
    {
        foreach (var parser in parsers)
        {
            if (parser.Format == format)
            {
                return parser;
            }
        }

        return Fallback;
    }

    /// <summary>The text a parse reads (the input, or the blocks of a Markdown or HTML input written as text), its detection and the parsers that may read it.</summary>
    private sealed record RoutedInput(string Text, FormatDetection Detection, IDigestParser[] Parsers, BlockText? Rendered, BlockDocument? Blocks)
    {
        /// <summary>The records structural detection induced from the whole input's blocks, if it did.</summary>
        public Records.RecordSet? Records { get; init; }

        /// <summary>The items structural detection induced for a brief, a collection or a blog it chose.</summary>
        public Records.RecordSet? Items { get; init; }

        /// <summary>Whether the structure chose the layout (the catalog of induced records).</summary>
        public bool StructureChose { get; init; }
    }
}
