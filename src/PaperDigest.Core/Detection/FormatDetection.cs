using System.Text.Json.Serialization;

namespace PaperDigest;

/// <summary>The result of layout detection: the chosen format, its score and every candidate, best first.</summary>
public sealed class FormatDetection
{
    private readonly IReadOnlyList<FormatCandidate> _candidates = [];

    /// <summary>The chosen layout; <see cref="DigestFormat.Unknown"/> when no candidate reached the threshold.</summary>
    public DigestFormat Format { get; init; } = DigestFormat.Unknown;

    /// <summary>The chosen layout's score (0 to 1); for an explicit format, 1.</summary>
    public double Score { get; init; }

    /// <summary>Every parser's score, best first (ties keep pipeline order).</summary>
    public IReadOnlyList<FormatCandidate> Candidates
    {
        get => _candidates;
        init => _candidates = value ?? [];
    }

    /// <summary>The detection of no input: unknown, with no candidates.</summary>
    public static FormatDetection None { get; } = new();

    /// <summary>The parser whose score won (not serialized): the one that runs, even when several parsers share a format.</summary>
    /// <summary>
    /// What the document's structure showed where it was read (the text detection was not clear): its paper records and
    /// its repeated items, in a few words (<c>papers: 45 records (heading 4), 100 % papers…; items: …</c>); otherwise
    /// <see langword="null"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Structure { get; init; }

    [JsonIgnore]
    internal IDigestParser? Parser { get; init; }

    /// <summary>The best candidate after the chosen one, or <see langword="null"/> when there is none.</summary>
    [JsonIgnore]
    public FormatCandidate? RunnerUp => Candidates.Count > 1 ? Candidates[1] : null;
}
