namespace PaperDigest;

/// <summary>
/// One concept of a <see cref="TagTaxonomy"/> (SKOS in spirit): a stable id, one preferred label per language,
/// alternative labels (synonyms, acronyms, spellings), hidden labels (misspellings) and broader concepts.
/// </summary>
/// <remarks>
/// Create one with an object initializer and add it to a <see cref="TagTaxonomyBuilder"/>; the taxonomy keeps
/// its own frozen copy, so the instances a taxonomy hands out are immutable and safe to share.
/// </remarks>
public sealed class TagConcept
{
    private readonly IReadOnlyDictionary<string, string> _prefLabels = EmptyLabels;
    private readonly IReadOnlyList<string> _altLabels = [];
    private readonly IReadOnlyList<string> _hiddenLabels = [];
    private readonly IReadOnlyList<string> _broader = [];

    private static readonly IReadOnlyDictionary<string, string> EmptyLabels = new Dictionary<string, string>().AsReadOnly();

    /// <summary>Creates a concept.</summary>
    /// <param name="id">The stable id: kebab-case English such as <c>large-language-models</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case (lower-case ASCII letters and digits joined by single hyphens).</exception>
    public TagConcept(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IsValidId(id))
        {
            throw new ArgumentException($"'{id}' is not a kebab-case concept id (lower-case ASCII letters and digits joined by single hyphens).", nameof(id));
        }

        Id = id;
    }

    // A concept read from a compiled index, whose ids were checked when it was compiled.
    internal TagConcept(string id, bool validated)
    {
        Id = validated ? id : throw new ArgumentException("Only a compiled index's ids are pre-validated.", nameof(validated));
    }

    /// <summary>The stable id, e.g. <c>large-language-models</c>.</summary>
    public string Id { get; }

    /// <summary>The preferred label per language tag (<see cref="TagLanguages"/>): at most one per language.</summary>
    public IReadOnlyDictionary<string, string> PrefLabels
    {
        get => _prefLabels;
        init => _prefLabels = value ?? EmptyLabels;
    }

    /// <summary>Other labels that name the concept: synonyms, acronyms, spellings, other scripts.</summary>
    public IReadOnlyList<string> AltLabels
    {
        get => _altLabels;
        init => _altLabels = value ?? [];
    }

    /// <summary>Labels that resolve to the concept but are never shown (misspellings).</summary>
    public IReadOnlyList<string> HiddenLabels
    {
        get => _hiddenLabels;
        init => _hiddenLabels = value ?? [];
    }

    /// <summary>Ids of the broader concepts (a concept may have several).</summary>
    public IReadOnlyList<string> Broader
    {
        get => _broader;
        init => _broader = value ?? [];
    }

    /// <summary>
    /// The preferred label in <paramref name="language"/> (see <see cref="TagLanguages.Canonicalize"/>), falling back
    /// to English, then to any label, then to the id.
    /// </summary>
    /// <param name="language">A language tag such as <c>zh-Hans</c> or <c>zh-TW</c>.</param>
    /// <returns>The label to show.</returns>
    public string GetLabel(string language = TagLanguages.English)
    {
        ArgumentNullException.ThrowIfNull(language);
        return PrefLabels.TryGetValue(TagLanguages.Canonicalize(language), out var label)
            || PrefLabels.TryGetValue(TagLanguages.English, out label)
            ? label
            : PrefLabels.Values.FirstOrDefault() ?? Id;
    }

    /// <summary>Every label of the concept: preferred labels, then alternative, then hidden ones.</summary>
    /// <returns>The labels, in that order.</returns>
    public IEnumerable<string> AllLabels() => PrefLabels.Values.Concat(AltLabels).Concat(HiddenLabels);

    /// <inheritdoc/>
    public override string ToString() => Id;

    /// <summary>Whether <paramref name="id"/> is a valid concept id.</summary>
    /// <param name="id">A candidate id.</param>
    /// <returns><see langword="true"/> for kebab-case ids such as <c>rlvr</c> or <c>large-language-models</c>.</returns>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id[0] == '-' || id[^1] == '-' || id.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
