namespace PaperDigest;

/// <summary>
/// Options of a <see cref="DigestPipeline"/>. A value type with documented defaults; change it with
/// <c>with</c>: <c>options with { Mode = ParseMode.Strict }</c>.
/// </summary>
/// <remarks>
/// A limit left at zero (as in <c>default(DigestOptions)</c>) means its documented default, so a
/// default-initialized value behaves like <c>new DigestOptions()</c>.
/// </remarks>
public readonly record struct DigestOptions
{
    /// <summary>Default of <see cref="MaxInputLength"/>: 256 Mi characters.</summary>
    public const int DefaultMaxInputLength = 256 * 1024 * 1024;

    /// <summary>Default of <see cref="MaxInputBytes"/>: 256 MiB.</summary>
    public const long DefaultMaxInputBytes = 256L * 1024 * 1024;

    /// <summary>Default of <see cref="MaxHtmlDepth"/>: 256 levels, half of what Blink builds (its limit is 512): AngleSharp's cost per element grows with depth, and digest pages nest about 20 deep.</summary>
    public const int DefaultMaxHtmlDepth = 256;

    /// <summary>Default of <see cref="MaxHtmlAttributes"/>: 256 attributes per element.</summary>
    public const int DefaultMaxHtmlAttributes = 256;

    /// <summary>Default of <see cref="MaxEntries"/>: one million.</summary>
    public const int DefaultMaxEntries = 1_000_000;

    /// <summary>Default of <see cref="MaxDiagnostics"/>: ten thousand.</summary>
    public const int DefaultMaxDiagnostics = 10_000;

    /// <summary>Default of <see cref="DetectionSampleLength"/>: 16 Ki characters.</summary>
    public const int DefaultDetectionSampleLength = 16 * 1024;

    /// <summary>Default of <see cref="MinimumDetectionScore"/>: 0.4.</summary>
    public const double DefaultMinimumDetectionScore = 0.4;

    private readonly int _maxInputLength;
    private readonly long _maxInputBytes;
    private readonly int _maxHtmlDepth;
    private readonly int _maxHtmlAttributes;
    private readonly int _maxEntries;
    private readonly int _maxDiagnostics;
    private readonly int _detectionSampleLength;
    private readonly double _minimumDetectionScore;

    /// <summary>Creates options with every default.</summary>
    public DigestOptions()
    {
    }

    /// <summary>Lenient (the default) or strict. See <see cref="ParseMode"/>.</summary>
    public ParseMode Mode { get; init; }

    /// <summary>
    /// Parse every input as this layout and skip detection. <see langword="null"/> (the default) detects.
    /// </summary>
    public DigestFormat? Format { get; init; }

    /// <summary>The longest input accepted, in characters; longer input throws <see cref="DigestParseException"/>. Default 256 Mi.</summary>
    public int MaxInputLength
    {
        get => _maxInputLength > 0 ? _maxInputLength : DefaultMaxInputLength;
        init => _maxInputLength = Positive(value);
    }

    /// <summary>
    /// The most bytes <see cref="Digest.Load(Stream, DigestPipeline?)"/> reads; a larger stream throws
    /// <see cref="DigestParseException"/>: a seekable one before anything is read, any other once the limit is
    /// passed. Default 256 MiB.
    /// </summary>
    public long MaxInputBytes
    {
        get => _maxInputBytes > 0 ? _maxInputBytes : DefaultMaxInputBytes;
        init => _maxInputBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxInputBytes), value, "The limit must be positive.");
    }

    /// <summary>
    /// The deepest HTML nesting built; an element that would open deeper is
    /// placed beside the innermost open element instead of inside it (as browsers do), with a <c>PD0108</c> warning. Default 256.
    /// </summary>
    public int MaxHtmlDepth
    {
        get => _maxHtmlDepth > 0 ? _maxHtmlDepth : DefaultMaxHtmlDepth;
        init => _maxHtmlDepth = Positive(value);
    }

    /// <summary>
    /// The most attributes read per HTML element; the rest are dropped before the page is parsed, with a
    /// <c>PD0108</c> warning. Default 256.
    /// </summary>
    public int MaxHtmlAttributes
    {
        get => _maxHtmlAttributes > 0 ? _maxHtmlAttributes : DefaultMaxHtmlAttributes;
        init => _maxHtmlAttributes = Positive(value);
    }

    /// <summary>The most entries one document may hold; past it the rest of the text is reported, not parsed. Default one million.</summary>
    public int MaxEntries
    {
        get => _maxEntries > 0 ? _maxEntries : DefaultMaxEntries;
        init => _maxEntries = Positive(value);
    }

    /// <summary>The most diagnostics kept per document; the rest are counted in one summary diagnostic. Default 10,000.</summary>
    public int MaxDiagnostics
    {
        get => _maxDiagnostics > 0 ? _maxDiagnostics : DefaultMaxDiagnostics;
        init => _maxDiagnostics = Positive(value);
    }

    /// <summary>How many leading characters detection reads. Default 16 Ki.</summary>
    public int DetectionSampleLength
    {
        get => _detectionSampleLength > 0 ? _detectionSampleLength : DefaultDetectionSampleLength;
        init => _detectionSampleLength = Positive(value);
    }

    /// <summary>The score the best candidate needs to be chosen; below it the input is <see cref="DigestFormat.Unknown"/>. Default 0.4.</summary>
    public double MinimumDetectionScore
    {
        get => _minimumDetectionScore > 0 ? _minimumDetectionScore : DefaultMinimumDetectionScore;
        init => _minimumDetectionScore = value is > 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The score must be in (0, 1].");
    }

    /// <summary>
    /// Topic labels to recognize in briefs besides the labels of the pipeline's taxonomy
    /// and those a document's featured items use. Default: none.
    /// </summary>
    public IReadOnlyList<string>? TopicLabels { get; init; }

    /// <summary>
    /// The AngleSharp configuration HTML is parsed with; <see langword="null"/> (the only value outside
    /// tests) parses with no browsing context, so no loader or requester exists. Tests set one with a
    /// recording requester to prove that parsing requests nothing.
    /// </summary>
    internal AngleSharp.IConfiguration? HtmlConfiguration { get; init; }

    private static int Positive(int value, [System.Runtime.CompilerServices.CallerMemberName] string? name = null) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "The limit must be positive.");
}
