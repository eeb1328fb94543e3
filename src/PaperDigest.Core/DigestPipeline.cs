using PaperDigest.Detection;
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

    internal DigestPipeline(IDigestParser[] parsers, DigestOptions options)
    {
        Parsers = parsers.AsReadOnly();
        Options = options;
    }

    /// <summary>The pipeline of every built-in layout with default options, built once.</summary>
    public static DigestPipeline Default => DefaultPipeline.Value;

    /// <summary>The parsers in detection order (ties in score go to the earlier one).</summary>
    public IReadOnlyList<IDigestParser> Parsers { get; }

    /// <summary>The options every parse uses.</summary>
    public DigestOptions Options { get; }

    /// <summary>Detects the layout of <paramref name="text"/> from a leading sample.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The chosen format, its score and every candidate.</returns>
    public FormatDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FormatDetector.Detect(text, Parsers, Options);
    }

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
        if (text.Length > Options.MaxInputLength)
        {
            throw new DigestParseException(
                $"The input has {text.Length} characters, more than the limit of {Options.MaxInputLength} (DigestOptions.MaxInputLength).");
        }

        var detection = Detect(text);
        var document = ParseAs(text, detection, decoded);
        if (Options.Mode == ParseMode.Strict && document.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            var first = document.Diagnostics.First(d => d.Severity >= DiagnosticSeverity.Warning);
            throw new DigestParseException($"Strict parse failed: {first}", document.Diagnostics) { Document = document };
        }

        return document;
    }

    private DigestDocument ParseAs(string text, FormatDetection detection, DecodedText? decoded)
    {
        var sample = TextSample.Leading(text, Options.DetectionSampleLength);
        var language = LanguageDetector.Detect(sample);
        var context = new DigestParseContext(text, detection.Format, Options) { Encoding = decoded?.Encoding };
        InputChecks.Report(text, sample, context);
        if (decoded is { InvalidSequences: > 0 } invalid)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.InvalidEncoding,
                $"{invalid.InvalidSequences} byte sequences are not valid {invalid.Encoding} ({invalid.Reason}); each became U+FFFD.");
        }
        if (text.AsSpan().IsWhiteSpace())
        {
            return context.ToDocument(detection, language);
        }

        var parser = FindParser(detection.Format);
        try
        {
            parser.Parse(context);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException or DigestParseException))
        {
            // A parser bug must not cost the user their text: keep it whole and say what happened.
            context = new DigestParseContext(text, DigestFormat.Unknown, Options) { Encoding = decoded?.Encoding };
            context.Report(DiagnosticSeverity.Error, DiagnosticCodes.ParserFailed,
                $"The {detection.Format} parser failed ({ex.GetType().Name}: {ex.Message}); the text is kept in one entry.");
            Fallback.Parse(context);
        }

        return context.ToDocument(detection, language);
    }

    private IDigestParser FindParser(DigestFormat format)
    {
        foreach (var parser in Parsers)
        {
            if (parser.Format == format)
            {
                return parser;
            }
        }

        return Fallback;
    }
}
