using System.Diagnostics.CodeAnalysis;
using PaperDigest.Internals;
using PaperDigest.Taxonomy;

namespace PaperDigest;

/// <summary>
/// A bilingual concept scheme for keyword tags: resolves any raw label (<c>LLMs</c>, <c>大型語言模型</c>,
/// <c>Large Language Models (LLMs)</c>) to one <see cref="TagConcept"/> or reports it unmapped with its
/// normalized key, and walks broader and narrower concepts.
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads. Labels are compared by their <see cref="TagNormalizer"/> key, then
/// by that key without spaces (<c>pretraining</c> = <c>pre-training</c>); a label of the form <c>X (Y)</c> that is not
/// itself known resolves through <c>X</c>, then through the acronym <c>Y</c>. Nothing else is guessed.
/// </remarks>
public sealed class TagTaxonomy
{
    private static readonly Lazy<TagTaxonomy> BuiltInTaxonomy = new(LoadBuiltIn);

    private readonly Dictionary<string, TagConcept> _byId;
    private readonly Dictionary<string, TagConcept?> _keys;
    private readonly Dictionary<string, TagConcept?> _compactKeys;
    private readonly Lazy<Dictionary<string, IReadOnlyList<TagConcept>>> _narrower;

    // Made once: getting an alternate lookup is not free, and resolution must not allocate.
    private readonly Dictionary<string, TagConcept?>.AlternateLookup<ReadOnlySpan<char>> _keysBySpan;
    private readonly Dictionary<string, TagConcept?>.AlternateLookup<ReadOnlySpan<char>> _compactKeysBySpan;

    /// <param name="concepts">The concepts in order.</param>
    /// <param name="byId">Each concept by id.</param>
    /// <param name="keys">Each label key's concept, <see langword="null"/> where several claim it.</param>
    /// <param name="compactKeys">
    /// The same without spaces; a compact key missing here is looked up in <paramref name="keys"/> (a compiled index
    /// leaves out the compact keys equal to a key with the same concept).
    /// </param>
    /// <param name="issues">Conflicts and bad links found while building.</param>
    internal TagTaxonomy(
        IReadOnlyList<TagConcept> concepts,
        Dictionary<string, TagConcept> byId,
        Dictionary<string, TagConcept?> keys,
        Dictionary<string, TagConcept?> compactKeys,
        IReadOnlyList<TaxonomyIssue> issues)
    {
        Concepts = concepts;
        _byId = byId;
        _keys = keys;
        _compactKeys = compactKeys;
        _narrower = new(() => NarrowerOf(concepts, byId));
        _keysBySpan = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _compactKeysBySpan = compactKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        Issues = issues;
    }

    /// <summary>Every label key and the concept it resolves to (<see langword="null"/>: claimed by several).</summary>
    internal IReadOnlyDictionary<string, TagConcept?> KeyIndex => _keys;

    /// <summary>Every compact key (without spaces) and its concept.</summary>
    internal IReadOnlyDictionary<string, TagConcept?> CompactKeyIndex => _compactKeys;

    // The narrower concepts per id, built on first use: a process that only resolves labels never needs them.
    private static Dictionary<string, IReadOnlyList<TagConcept>> NarrowerOf(IReadOnlyList<TagConcept> concepts, Dictionary<string, TagConcept> byId)
    {
        var narrower = new Dictionary<string, List<TagConcept>>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            foreach (var broader in concept.Broader)
            {
                (narrower.TryGetValue(broader, out var list) ? list : narrower[broader] = []).Add(concept);
            }
        }

        return narrower.ToDictionary(p => p.Key, p => (IReadOnlyList<TagConcept>)p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The concepts of this field that ship with the library: large language models, reinforcement learning and its
    /// variants, reasoning, agents, multimodal models, efficiency, the catalog categories and brief topic labels,
    /// each with English, Simplified and Traditional Chinese labels.
    /// </summary>
    public static TagTaxonomy BuiltIn => BuiltInTaxonomy.Value;

    /// <summary>The largest taxonomy JSON read, in bytes (or characters for a string): 64 MiB, many times the built-in schemes.</summary>
    public const int MaxJsonBytes = 64 * 1024 * 1024;

    /// <summary>A taxonomy without concepts: every label is unmapped and keeps its normalized key.</summary>
    public static TagTaxonomy Empty { get; } = new TagTaxonomyBuilder().Build();

    /// <summary>The concepts in the order they were added.</summary>
    public IReadOnlyList<TagConcept> Concepts { get; }

    /// <summary>Conflicting labels, unknown broader ids and broader cycles found while building; empty when clean.</summary>
    public IReadOnlyList<TaxonomyIssue> Issues { get; }

    /// <summary>Reads a taxonomy from JSON (schema in <c>docs/taxonomy.md</c>) without the built-in concepts.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The taxonomy; check <see cref="Issues"/>.</returns>
    /// <exception cref="TagTaxonomyException">The JSON is malformed or breaks the schema.</exception>
    public static TagTaxonomy FromJson(string json) => new TagTaxonomyBuilder().AddJson(json).Build();

    /// <summary>Reads a taxonomy from a UTF-8 JSON stream (schema in <c>docs/taxonomy.md</c>) without the built-in concepts.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The taxonomy; check <see cref="Issues"/>.</returns>
    /// <exception cref="TagTaxonomyException">The JSON is malformed or breaks the schema.</exception>
    public static TagTaxonomy FromJson(Stream utf8Json) => new TagTaxonomyBuilder().AddJson(utf8Json).Build();

    /// <summary>The concept with id <paramref name="id"/>.</summary>
    /// <param name="id">A concept id.</param>
    /// <param name="concept">The concept when found.</param>
    /// <returns><see langword="true"/> when the taxonomy has the id.</returns>
    public bool TryGetConcept(string id, [NotNullWhen(true)] out TagConcept? concept) =>
        _byId.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out concept);

    /// <summary>The concept with id <paramref name="id"/>.</summary>
    /// <param name="id">A concept id.</param>
    /// <returns>The concept.</returns>
    /// <exception cref="KeyNotFoundException">No concept has the id.</exception>
    public TagConcept GetConcept(string id) =>
        TryGetConcept(id, out var concept) ? concept : throw new KeyNotFoundException($"The taxonomy has no concept '{id}'.");

    /// <summary>Resolves a raw label without allocating when it maps to a concept.</summary>
    /// <param name="label">A raw label such as <c>#LLMs</c> or <c>強化學習</c>.</param>
    /// <param name="concept">The concept the label names.</param>
    /// <returns><see langword="true"/> when exactly one concept has the label.</returns>
    public bool TryResolve(ReadOnlySpan<char> label, [NotNullWhen(true)] out TagConcept? concept) =>
        ResolveLabel(label, out concept) == TagResolutionStatus.Mapped;

    /// <summary>
    /// For a label no concept takes, the concept it is a narrower term of, read from its head: the longest tail of
    /// whole words that resolves (<c>compositional reasoning</c> under <c>reasoning</c>, <c>medical image
    /// segmentation</c> under <c>image segmentation</c>), or for a Chinese label the longest tail of two or more
    /// characters (<c>金融欺诈检测</c> under <c>欺诈检测</c>). This is placement under a broader concept, never
    /// equivalence: the label keeps its own key. Allocation-free.
    /// </summary>
    /// <param name="label">A raw label.</param>
    /// <param name="concept">The broader concept.</param>
    /// <returns><see langword="true"/> when the label is unmapped and a tail of it resolves.</returns>
    public bool TryResolveBroader(ReadOnlySpan<char> label, [NotNullWhen(true)] out TagConcept? concept)
    {
        concept = null;
        if (ResolveLabel(label, out _) != TagResolutionStatus.Unmapped)
        {
            return false;
        }

        return WithKey(label, static (taxonomy, key, out concept) =>
            taxonomy.TryResolveTail(key, out concept) ? TagResolutionStatus.Mapped : TagResolutionStatus.Unmapped, out concept) == TagResolutionStatus.Mapped;
    }

    // The longest tail that resolves; a tail that is an ambiguous or generic head (PlacementGuards) places nothing.
    private bool TryResolveTail(ReadOnlySpan<char> key, out TagConcept? concept)
    {
        concept = null;

        // A tag of more words than a name has is prose: its tails are not looked up (each lookup reads the tail, so a
        // hashtag of 80,000 words made this quadratic).
        if (key.IndexOfAny('(', ')') >= 0 || key.Length > MaxPlacedKeyLength)
        {
            return false;
        }

        if (key.Contains(' '))
        {
            for (var start = 0; key[start..].IndexOf(' ') is var space && space >= 0;)
            {
                start += space + 1;
                if (ResolvesUnguarded(key[start..], out concept))
                {
                    return true;
                }
            }

            return false;
        }

        if (!IsHan(key))
        {
            return false;
        }

        for (var start = 1; start <= key.Length - 2; start++)
        {
            if (ResolvesUnguarded(key[start..], out concept))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxPlacedKeyLength = 160;

    private bool ResolvesUnguarded(ReadOnlySpan<char> tail, out TagConcept? concept)
    {
        concept = null;
        return !PlacementGuards.IsGuarded(tail) && ResolveKey(tail, out concept) == TagResolutionStatus.Mapped;
    }

    /// <summary>
    /// The concepts a label no concept takes is placed under, each as a broader concept of it (never as a synonym):
    /// its head (<see cref="TryResolveBroader"/>), an acronym it opens with (<c>LLM Serving</c> under large language
    /// models, <c>UAV-Ground Tracking</c> under UAVs), and each part of a label that joins a Latin and a Chinese part
    /// (<c>RL评估</c> under reinforcement learning and evaluation). Ambiguous and generic heads (<c>安全</c>,
    /// <c>Patient Safety</c>, <c>analysis</c>) place nothing. A <c>tag:</c> query on a concept finds the labels placed
    /// under it or under a narrower concept.
    /// </summary>
    /// <param name="label">A raw label.</param>
    /// <returns>The broader concepts, most specific reading first; empty for a mapped label or one nothing places.</returns>
    public IReadOnlyList<TagConcept> GetPlacements(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (ResolveLabel(label, out _) != TagResolutionStatus.Unmapped)
        {
            return [];
        }

        var placed = new List<TagConcept>(2);
        var key = TagNormalizer.Normalize(label);
        if (TryResolveTail(key, out var head))
        {
            placed.Add(head!);
        }

        if (OpeningAcronym(label) is { } acronym && ResolveKey(TagNormalizer.Normalize(acronym), out var modifier) == TagResolutionStatus.Mapped)
        {
            AddOnce(placed, modifier!);
        }

        if (ScriptBoundary(key) is var boundary and > 0)
        {
            foreach (var part in (ReadOnlySpan<string>)[key[..boundary], key[boundary..]])
            {
                if (part.Length >= 2 && ResolvesUnguarded(part, out var concept))
                {
                    AddOnce(placed, concept!);
                }
            }
        }

        return placed;
    }

    /// <summary>
    /// The concepts whose id or English name is spelt most like <paramref name="value"/> (a misspelt <c>tag:</c> id:
    /// <c>reinforcment-learning</c>), closest first; empty when none is within half the value's length.
    /// </summary>
    /// <param name="value">A value no concept takes.</param>
    /// <param name="count">How many to return at most.</param>
    /// <returns>The nearest concepts.</returns>
    public IReadOnlyList<TagConcept> GetNearest(string value, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NearestConcepts.Find(this, value, count);
    }

    private static void AddOnce(List<TagConcept> placed, TagConcept concept)
    {
        if (!placed.Contains(concept))
        {
            placed.Add(concept);
        }
    }

    // "LLM Serving", "UAV-Ground Tracking": a first word of two to six capitals (a trailing "s" aside) before more words.
    private static string? OpeningAcronym(string label)
    {
        var text = label.AsSpan().Trim();
        var end = text.IndexOfAny(' ', '-');
        if (end <= 0 || end == text.Length - 1)
        {
            return null;
        }

        var word = text[..end];
        var letters = word.EndsWith('s') ? word[..^1] : word;
        return letters.Length is >= 2 and <= 6 && !letters.ContainsAnyExceptInRange('A', 'Z') ? letters.ToString() : null;
    }

    // The one place a key turns from Latin letters to Han characters or back ("rl评估", "多llm"); 0 for none or several.
    private static int ScriptBoundary(string key)
    {
        var boundary = 0;
        for (var i = 1; i < key.Length; i++)
        {
            if (Internals.HanText.IsHan(key[i]) != Internals.HanText.IsHan(key[i - 1]))
            {
                if (boundary > 0 || !(char.IsAsciiLetter(key[i]) || char.IsAsciiLetter(key[i - 1])))
                {
                    return 0;
                }

                boundary = i;
            }
        }

        return boundary;
    }

    /// <summary>A key of three Han characters or more and nothing else: its heads are its tails of two characters or more.</summary>
    internal static bool IsHan(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!Internals.HanText.IsHan(c))
            {
                return false;
            }
        }

        return key.Length >= 3;
    }

    /// <summary>Resolves a raw label, reporting its normalized key and, when ambiguous, the concepts that claim it.</summary>
    /// <param name="label">A raw label.</param>
    /// <returns>The resolution.</returns>
    public TagResolution Resolve(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var status = ResolveLabel(label, out var concept);
        var key = TagNormalizer.Normalize(label);
        IReadOnlyList<string> candidates = status == TagResolutionStatus.Ambiguous ? CandidatesFor(key) : [];
        return new TagResolution(label, key, status, concept, candidates);
    }

    /// <summary>
    /// <see cref="Resolve(string)"/> for a parse: the label normalized once, its key and its concept (only when
    /// mapped), with no candidate list.
    /// </summary>
    internal ResolvedLabel ResolveOnce(string label)
    {
        var key = TagNormalizer.Normalize(label);
        return new ResolvedLabel(label, key, ResolveNormalized(key, out var concept) == TagResolutionStatus.Mapped ? concept : null);
    }

    /// <summary>The direct broader concepts of <paramref name="id"/>.</summary>
    /// <param name="id">A concept id.</param>
    /// <returns>The broader concepts; empty for a top concept or an unknown id.</returns>
    public IReadOnlyList<TagConcept> GetBroader(string id) =>
        TryGetConcept(id, out var concept) ? [.. concept.Broader.Select(b => _byId[b])] : [];

    /// <summary>The direct narrower concepts of <paramref name="id"/>.</summary>
    /// <param name="id">A concept id.</param>
    /// <returns>The narrower concepts; empty for a leaf or an unknown id.</returns>
    public IReadOnlyList<TagConcept> GetNarrower(string id) =>
        _narrower.Value.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var narrower) ? narrower : [];

    /// <summary>Every concept above <paramref name="id"/>, nearest first, each once.</summary>
    /// <param name="id">A concept id.</param>
    /// <returns>The ancestors, without the concept itself.</returns>
    public IReadOnlyList<TagConcept> GetAncestors(string id) => Walk(id, GetBroader);

    /// <summary>Every concept below <paramref name="id"/>, nearest first, each once.</summary>
    /// <param name="id">A concept id.</param>
    /// <returns>The descendants, without the concept itself.</returns>
    public IReadOnlyList<TagConcept> GetDescendants(string id) => Walk(id, GetNarrower);

    /// <summary>Whether <paramref name="id"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    /// <param name="id">The concept to test.</param>
    /// <param name="ancestorId">The concept that may contain it.</param>
    /// <returns><see langword="true"/> for the same concept or a narrower one.</returns>
    public bool IsSameOrNarrower(string id, string ancestorId)
    {
        ArgumentNullException.ThrowIfNull(ancestorId);
        return string.Equals(id, ancestorId, StringComparison.Ordinal) || GetAncestors(id).Any(c => c.Id == ancestorId);
    }

    private TagResolutionStatus ResolveLabel(ReadOnlySpan<char> label, out TagConcept? concept) =>
        WithKey(label, static (taxonomy, key, out concept) => taxonomy.ResolveNormalized(key, out concept), out concept);

    /// <summary>The key as written, or for <c>X (Y)</c> its text and then its acronym.</summary>
    private TagResolutionStatus ResolveNormalized(ReadOnlySpan<char> key, out TagConcept? concept)
    {
        var status = ResolveKey(key, out concept);
        return status == TagResolutionStatus.Unmapped && Acronyms.TrySplitParenthesized(key, out var text, out var acronym)
            ? ResolvePart(text, out concept) is var byText && byText != TagResolutionStatus.Unmapped ? byText : ResolvePart(acronym, out concept)
            : status;
    }

    /// <summary>Resolves one side of <c>X (Y)</c>, normalizing it again so its own last word is made singular.</summary>
    private TagResolutionStatus ResolvePart(ReadOnlySpan<char> part, out TagConcept? concept) =>
        WithKey(part, static (taxonomy, key, out concept) => taxonomy.ResolveKey(key, out concept), out concept);

    private delegate TagResolutionStatus KeyLookup(TagTaxonomy taxonomy, ReadOnlySpan<char> key, out TagConcept? concept);

    /// <summary>Normalizes a label into a stack buffer and looks its key up; static lambdas keep this allocation-free.</summary>
    private TagResolutionStatus WithKey(ReadOnlySpan<char> label, KeyLookup lookup, out TagConcept? concept)
    {
        var key = new CharBuffer(stackalloc char[128]);
        try
        {
            TagNormalizer.Write(label, ref key);
            return lookup(this, key.Written, out concept);
        }
        finally
        {
            key.Dispose();
        }
    }

    /// <summary>
    /// Looks a key up as written, without spaces, without a joining <c>and</c> (<c>vision and language</c> =
    /// <c>vision-language</c>), and without a trailing <c>based</c> (<c>transformer-based</c> = <c>transformer</c>).
    /// </summary>
    private TagResolutionStatus ResolveKey(ReadOnlySpan<char> key, out TagConcept? concept) => ResolveKey(key, stripBased: true, out concept);

    // One trailing "based" comes off, not a chain of them: "x-based-based-…" (64k long) neither recurses per suffix
    // nor copies the key once per suffix.
    private TagResolutionStatus ResolveKey(ReadOnlySpan<char> key, bool stripBased, out TagConcept? concept)
    {
        concept = null;
        if (key.IsEmpty)
        {
            return TagResolutionStatus.Unmapped;
        }

        if (_keysBySpan.TryGetValue(key, out concept))
        {
            return concept is null ? TagResolutionStatus.Ambiguous : TagResolutionStatus.Mapped;
        }

        Span<char> compact = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        var status = LookUpCompact(compact[..TagKeys.WriteCompact(key, compact, withoutAnd: false)], out concept);
        if (status == TagResolutionStatus.Unmapped && TagKeys.HasJoiningAnd(key))
        {
            status = LookUpCompact(compact[..TagKeys.WriteCompact(key, compact, withoutAnd: true)], out concept);
        }

        return status == TagResolutionStatus.Unmapped && stripBased && TagKeys.TryStripBased(key, out var stem)
            ? ResolveKey(stem, stripBased: false, out concept)
            : status;
    }

    private TagResolutionStatus LookUpCompact(ReadOnlySpan<char> compact, out TagConcept? concept) =>
        _compactKeysBySpan.TryGetValue(compact, out concept) || _keysBySpan.TryGetValue(compact, out concept)
            ? concept is null ? TagResolutionStatus.Ambiguous : TagResolutionStatus.Mapped
            : TagResolutionStatus.Unmapped;

    /// <summary>
    /// The key an unmapped label groups under: its normalized key, except that <c>X (Y)</c> whose <c>X</c> spells the
    /// acronym <c>Y</c> groups as <c>X</c>, and <c>X-based</c> as <c>X</c>.
    /// </summary>
    internal static string UnmappedKey(string label) => UnmappedKeyOf(TagNormalizer.Normalize(label));

    /// <summary><see cref="UnmappedKey"/> of a label whose normalized key is <paramref name="key"/>.</summary>
    internal static string UnmappedKeyOf(string key)
    {
        if (Acronyms.TrySplitParenthesized(key, out var text, out var acronym) && Acronyms.Spells(acronym, text, initialsOnly: false))
        {
            return TagNormalizer.Normalize(text.ToString());
        }

        return TagKeys.TryStripBased(key, out var stem) ? stem.ToString() : key;
    }

    /// <summary>
    /// Learns acronym merges from <paramref name="labels"/> (every occurrence, so counts are evidence): an acronym no
    /// concept takes joins the label that spells it out (<c>Visual Question Answering (VQA)</c>) or the one label
    /// whose initials are its letters (<c>visual question answering</c>).
    /// </summary>
    /// <param name="labels">Raw tag labels, one per occurrence.</param>
    /// <returns>The merges with their evidence; apply them with <see cref="TagTaxonomyBuilder.AddMerges"/>.</returns>
    public IReadOnlyList<TagMerge> LearnMerges(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return TagMergeLearner.Learn(this, labels, initials: true);
    }

    /// <summary>
    /// Proposes concepts for the labels this taxonomy leaves unmapped, most frequent first: spellings equal without
    /// spaces or a joining <c>and</c> are grouped, and learned acronym merges (<see cref="LearnMerges"/>) join their
    /// expansion. Write them as taxonomy JSON, review, and load them with <see cref="TagTaxonomyBuilder.AddJson(string)"/>.
    /// </summary>
    /// <param name="labels">Raw tag labels, one per occurrence.</param>
    /// <returns>The proposed concepts with counts and evidence.</returns>
    public IReadOnlyList<TagSuggestion> SuggestConcepts(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return TagSuggester.Suggest(this, labels as IReadOnlyList<string> ?? [.. labels]);
    }

    private string[] CandidatesFor(string key)
    {
        var compact = key.Replace(" ", "", StringComparison.Ordinal);
        return Issues.FirstOrDefault(i => i.Kind == TaxonomyIssueKind.LabelConflict && (i.Key == key || i.Key == compact))?.ConceptIds.ToArray() ?? [];
    }

    private static List<TagConcept> Walk(string id, Func<string, IReadOnlyList<TagConcept>> next)
    {
        ArgumentNullException.ThrowIfNull(id);
        var result = new List<TagConcept>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var pending = new Queue<string>([id]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var concept in next(current))
            {
                if (seen.Add(concept.Id))
                {
                    result.Add(concept);
                    pending.Enqueue(concept.Id);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The built-in taxonomy from its compiled index (<see cref="CompiledTaxonomy"/>), read in place from the assembly;
    /// from its sources when the index is not embedded.
    /// </summary>
    internal static unsafe TagTaxonomy LoadBuiltIn()
    {
        using var stream = typeof(TagTaxonomy).Assembly.GetManifestResourceStream(CompiledTaxonomy.ResourceName);
        if (stream is UnmanagedMemoryStream memory)
        {
            return CompiledTaxonomy.Read(new ReadOnlySpan<byte>(memory.PositionPointer, checked((int)memory.Length)));
        }

        return LoadBuiltInFromSources();
    }

    /// <summary>The hand-made concepts, then the arXiv categories, then the OpenAlex keywords, each below the ones before.</summary>
    internal static TagTaxonomy LoadBuiltInFromSources()
    {
        var layers = new TaxonomyLayers();
        foreach (var name in BuiltInSchemes)
        {
            using var stream = EmbeddedTables.OpenText(name);
            layers.AddBelow(TaxonomyJson.Read(stream));
        }

        return layers.Build();
    }

    internal static readonly string[] BuiltInSchemes =
    [
        "PaperDigest.Taxonomy.builtin-taxonomy.json",
        "PaperDigest.Taxonomy.arxiv-taxonomy.json.gz",
        "PaperDigest.Taxonomy.openalex-taxonomy.json.gz",
    ];
}
