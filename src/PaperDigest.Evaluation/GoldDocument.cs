namespace PaperDigest.Evaluation;

/// <summary>
/// What a correct parse of one document reproduces: its layout, document facts, sections and entries.
/// Read one with <see cref="GoldJson"/>; the format is described in <c>docs/evaluation.md</c>.
/// </summary>
public sealed record GoldDocument
{
    /// <summary>The document's path, relative to the corpus folder.</summary>
    public required string Input { get; init; }

    /// <summary>The layout a correct detection names.</summary>
    public required DigestFormat Format { get; init; }

    /// <summary>How the gold author established the facts (free text, not scored).</summary>
    public string? Notes { get; init; }

    /// <summary>Document-level facts, or <see langword="null"/> when none are stated.</summary>
    public GoldDocumentFacts? Document { get; init; }

    /// <summary>The expected sections in order, or <see langword="null"/> when not stated (then sections are not scored).</summary>
    public IReadOnlyList<GoldSection>? Sections { get; init; }

    /// <summary>How many entries the document holds, when <see cref="Entries"/> lists only some of them.</summary>
    public int? EntryCount { get; init; }

    /// <summary>A template merged into every entry (facts every entry shares).</summary>
    public GoldEntry? Each { get; init; }

    /// <summary>The expected entries in document order, as the gold file lists them (before <see cref="Each"/> is merged).</summary>
    public IReadOnlyList<GoldEntry> Entries { get; init; } = [];

    /// <summary>Another rendering whose parse supplies the entries, when the gold file names one.</summary>
    public GoldTwin? Twin { get; init; }

    /// <summary>The generator's own records that supply the entries, when the gold file names them.</summary>
    public GoldGenerator? Generator { get; init; }

    /// <summary>
    /// The entries scored: the listed ones with the template merged in, followed by anonymous entries
    /// (the template alone) up to <see cref="EntryCount"/>.
    /// </summary>
    /// <returns>The expected entries.</returns>
    public IReadOnlyList<GoldEntry> ExpectedEntries()
    {
        var entries = Entries.Select(e => e.MergedWith(Each)).ToList();
        var anonymous = (Each ?? new GoldEntry()) with { IsAnonymous = true };
        while (entries.Count < (EntryCount ?? 0))
        {
            entries.Add(anonymous);
        }

        return entries;
    }
}
