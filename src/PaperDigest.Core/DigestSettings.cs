namespace PaperDigest;

/// <summary>
/// <see cref="DigestOptions"/> as a class with setters, for the Microsoft.Extensions habit:
/// <c>builder.Configure((DigestSettings o) => o.MaxEntries = 5000)</c>, or binding from configuration
/// (<c>configuration.GetSection("PaperDigest").Bind(settings)</c>, then <c>builder.Configure(settings.CopyTo)</c>). Each
/// property starts at the builder's current value; <see cref="ToOptions"/> checks them as the options do.
/// </summary>
public sealed class DigestSettings
{
    /// <summary>Settings with every default.</summary>
    public DigestSettings()
        : this(new DigestOptions())
    {
    }

    /// <summary>Settings holding <paramref name="options"/>.</summary>
    /// <param name="options">The options to start from.</param>
    public DigestSettings(DigestOptions options) => Load(options);

    private void Load(DigestOptions options)
    {
        Mode = options.Mode;
        Format = options.Format?.Name;
        MaxInputLength = options.MaxInputLength;
        MaxInputBytes = options.MaxInputBytes;
        MaxHtmlDepth = options.MaxHtmlDepth;
        MaxHtmlAttributes = options.MaxHtmlAttributes;
        MaxEntries = options.MaxEntries;
        MaxDiagnostics = options.MaxDiagnostics;
        DetectionSampleLength = options.DetectionSampleLength;
        MinimumDetectionScore = options.MinimumDetectionScore;
        TopicLabels = options.TopicLabels is { } labels ? [.. labels] : null;
    }

    /// <inheritdoc cref="DigestOptions.Mode"/>
    public ParseMode Mode { get; set; }

    /// <summary>The name of the layout every input is parsed as (<c>catalog</c>), skipping detection; <see langword="null"/> detects.</summary>
    public string? Format { get; set; }

    /// <inheritdoc cref="DigestOptions.MaxInputLength"/>
    public int MaxInputLength { get; set; }

    /// <inheritdoc cref="DigestOptions.MaxInputBytes"/>
    public long MaxInputBytes { get; set; }

    /// <inheritdoc cref="DigestOptions.MaxHtmlDepth"/>
    public int MaxHtmlDepth { get; set; }

    /// <inheritdoc cref="DigestOptions.MaxHtmlAttributes"/>
    public int MaxHtmlAttributes { get; set; }

    /// <inheritdoc cref="DigestOptions.MaxEntries"/>
    public int MaxEntries { get; set; }

    /// <inheritdoc cref="DigestOptions.MaxDiagnostics"/>
    public int MaxDiagnostics { get; set; }

    /// <inheritdoc cref="DigestOptions.DetectionSampleLength"/>
    public int DetectionSampleLength { get; set; }

    /// <inheritdoc cref="DigestOptions.MinimumDetectionScore"/>
    public double MinimumDetectionScore { get; set; }

    /// <inheritdoc cref="DigestOptions.TopicLabels"/>
    public IList<string>? TopicLabels { get; set; }

    /// <summary>The immutable options these settings describe, on top of <paramref name="current"/> (for what settings do not hold).</summary>
    /// <param name="current">The options to start from.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive, or the score is outside (0, 1].</exception>
    public DigestOptions ToOptions(DigestOptions current) => current with
    {
        Mode = Mode,
        Format = Format is { Length: > 0 } name ? new DigestFormat(name) : null,
        MaxInputLength = MaxInputLength,
        MaxInputBytes = MaxInputBytes,
        MaxHtmlDepth = MaxHtmlDepth,
        MaxHtmlAttributes = MaxHtmlAttributes,
        MaxEntries = MaxEntries,
        MaxDiagnostics = MaxDiagnostics,
        DetectionSampleLength = DetectionSampleLength,
        MinimumDetectionScore = MinimumDetectionScore,
        TopicLabels = TopicLabels is { } labels ? [.. labels] : null,
    };

    /// <summary>Copies these settings onto others (to apply bound settings: <c>builder.Configure(bound.CopyTo)</c>).</summary>
    /// <param name="target">The settings to overwrite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive, or the score is outside (0, 1].</exception>
    public void CopyTo(DigestSettings target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Load(ToOptions(new DigestOptions()));
    }
}
