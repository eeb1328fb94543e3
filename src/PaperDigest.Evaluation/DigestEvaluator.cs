using System.Globalization;
using PaperDigest.Internals;

namespace PaperDigest.Evaluation;

/// <summary>
/// Scores parses against gold files: detection, entry precision and recall, per-member exact and soft
/// matches, link, tag and section precision/recall, and unaccounted lines (see <c>docs/evaluation.md</c>).
/// Use it to measure a custom parser: build a pipeline with it, evaluate, and read the scores.
/// </summary>
/// <remarks>Stateless apart from its pipeline; safe to use from several threads at once.</remarks>
public sealed class DigestEvaluator
{
    /// <summary>The most failed checks a <see cref="DocumentEvaluation"/> lists.</summary>
    public const int MaxMissesPerDocument = 500;

    private const int MaxShownLength = 80;

    /// <summary>Creates an evaluator that parses with <paramref name="pipeline"/>.</summary>
    /// <param name="pipeline">The pipeline under test; <see cref="DigestPipeline.Default"/> when <see langword="null"/>.</param>
    public DigestEvaluator(DigestPipeline? pipeline = null) => Pipeline = pipeline ?? DigestPipeline.Default;

    /// <summary>The pipeline documents are parsed with.</summary>
    public DigestPipeline Pipeline { get; }

    /// <summary>Parses <paramref name="text"/> and scores the parse.</summary>
    /// <param name="gold">The gold facts, with entries resolved (a twin or generator already turned into entries).</param>
    /// <param name="text">The document text.</param>
    /// <returns>The scores.</returns>
    public DocumentEvaluation Evaluate(GoldDocument gold, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Score(gold, Pipeline.Parse(text), text);
    }

    /// <summary>Scores an existing parse of <paramref name="text"/> (made by any pipeline).</summary>
    /// <param name="gold">The gold facts, with entries resolved.</param>
    /// <param name="document">The parse of <paramref name="text"/>.</param>
    /// <param name="text">The text that was parsed (for the unaccounted lines).</param>
    /// <returns>The scores.</returns>
    public static DocumentEvaluation Score(GoldDocument gold, DigestDocument document, string text)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        var tally = new Tally();
        var expected = gold.ExpectedEntries();
        var pairs = EntryAlignment.Align(expected, document.Entries);
        for (var g = 0; g < expected.Count; g++)
        {
            var parsed = pairs[g] >= 0 ? document.Entries[pairs[g]] : null;
            if (parsed is null)
            {
                tally.Miss(g + 1, "entry", Describe(expected[g]), null, soft: false);
            }

            ScoreEntry(tally, g + 1, expected[g], parsed);
        }

        ScoreDocument(tally, gold, document);
        ScoreSections(tally, gold.Sections, document.Sections);
        var unaccounted = DigestAccounting.UnaccountedLines(document, text);
        return new DocumentEvaluation
        {
            Gold = gold,
            Document = document,
            Documents = 1,
            DetectedCorrectly = document.Format == gold.Format ? 1 : 0,
            GoldEntries = expected.Count,
            ParsedEntries = document.Entries.Count,
            MatchedEntries = pairs.Count(p => p >= 0),
            Fields = tally.Fields.AsReadOnly(),
            Links = tally.Links,
            Tags = tally.Tags,
            Sections = tally.Sections,
            UnaccountedLines = unaccounted.Count,
            UnaccountedLineNumbers = unaccounted,
            Misses = tally.Misses,
        };
    }

    private static void ScoreEntry(Tally tally, int index, GoldEntry gold, DigestEntry? parsed)
    {
        foreach (var (member, fact) in gold.Texts)
        {
            var value = parsed is null ? null : EntryMembers.Text(parsed, member);
            tally.Check(index, member, fact, value);
        }

        if (gold.Authors is { } authors)
        {
            var found = parsed?.Authors ?? [];
            var exact = parsed is not null && authors.SequenceEqual(found, StringComparer.Ordinal);
            var soft = parsed is not null && authors.Select(SoftFolding.Fold).SequenceEqual(found.Select(SoftFolding.Fold), StringComparer.Ordinal);
            tally.Record(index, EntryMembers.Authors, exact, soft, string.Join(", ", authors), found.Count == 0 ? null : string.Join(", ", found));
        }

        if (gold.Tags is { } tags)
        {
            var found = parsed is null ? [] : Folded(parsed.Tags.Select(t => t.Label));
            tally.Tags += SetScore.Of(Folded(tags), found);
        }

        if (gold.Links is { } links)
        {
            var expected = links.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
            var found = parsed is null
                ? new HashSet<string>(StringComparer.Ordinal)
                : EntryMembers.IdLinks(parsed).Select(l => GoldLink.KeyOf(l.Kind, l.Id!)).ToHashSet(StringComparer.Ordinal);
            var score = SetScore.Of(expected, found);
            tally.Links += score;
            if (score.FalseNegatives + score.FalsePositives > 0)
            {
                var missing = string.Join(" ", expected.Except(found));
                var extra = string.Join(" ", found.Except(expected));
                tally.Miss(index, EntryMembers.Links, missing.Length == 0 ? "(no more)" : missing, extra.Length == 0 ? null : "extra: " + extra, soft: false);
            }
        }
    }

    private static void ScoreDocument(Tally tally, GoldDocument gold, DigestDocument document)
    {
        if (gold.Document is not { } facts)
        {
            return;
        }

        const string prefix = EvaluationScores.DocumentPrefix;
        CheckIfStated(tally, prefix + "title", facts.Title, document.Title);
        CheckIfStated(tally, prefix + "url", facts.Url, document.Source?.Url);
        CheckIfStated(tally, prefix + "publisher", facts.Publisher, document.Source?.Publisher);
        CheckIfStated(tally, prefix + "date", facts.Date, document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (facts.Tags is { } tags)
        {
            var labels = document.Tags.Select(t => t.Label).ToArray();
            var exact = tags.ToHashSet(StringComparer.Ordinal).SetEquals(labels);
            var soft = Folded(tags).SetEquals(Folded(labels));
            tally.Record(null, prefix + "tags", exact, soft, string.Join(" ", tags), labels.Length == 0 ? null : string.Join(" ", labels));
        }
    }

    private static void CheckIfStated(Tally tally, string member, GoldText? fact, string? value)
    {
        if (fact is { } stated)
        {
            tally.Check(null, member, stated, value);
        }
    }

    private static void ScoreSections(Tally tally, IReadOnlyList<GoldSection>? gold, IReadOnlyList<DigestSection> parsed)
    {
        if (gold is null)
        {
            return;
        }

        var byTitle = new Dictionary<string, Queue<DigestSection>>(StringComparer.Ordinal);
        foreach (var section in parsed)
        {
            var key = SoftFolding.Fold(section.Title);
            if (!byTitle.TryGetValue(key, out var queue))
            {
                byTitle[key] = queue = new Queue<DigestSection>();
            }

            queue.Enqueue(section);
        }

        var paired = 0;
        foreach (var section in gold)
        {
            var match = byTitle.TryGetValue(SoftFolding.Fold(section.Title), out var queue) && queue.TryDequeue(out var found) ? found : null;
            paired += match is null ? 0 : 1;
            if (match is null)
            {
                tally.Miss(null, "sections", section.Title, null, soft: false);
            }

            if (section.Count is { } count)
            {
                var right = match?.EntryCount == count;
                tally.Record(null, EvaluationScores.SectionCounts, right, right, $"{section.Title}: {count}", match is null ? null : $"{match.Title}: {match.EntryCount}");
            }
        }

        tally.Sections += new SetScore(paired, parsed.Count - paired, gold.Count - paired);
    }

    private static HashSet<string> Folded(IEnumerable<string> labels) =>
        labels.Select(SoftFolding.Fold).ToHashSet(StringComparer.Ordinal);

    private static string Describe(GoldEntry entry)
    {
        var title = entry.Texts.GetValueOrDefault(EntryMembers.Title).Exact ?? entry.Texts.GetValueOrDefault(EntryMembers.PaperTitle).Exact;
        var id = entry.Links is { Count: > 0 } links ? links[0].Key : null;
        return title ?? id ?? (entry.Ordinal is { } ordinal ? $"entry {ordinal}" : "(anonymous entry)");
    }

    private static string? Shorten(string? text) =>
        text is null ? null : text.Length <= MaxShownLength ? text : string.Concat(text.AsSpan(0, MaxShownLength - 1), "…");

    /// <summary>The running counts of one document's evaluation.</summary>
    private sealed class Tally
    {
        public Dictionary<string, FieldScore> Fields { get; } = new(StringComparer.Ordinal);

        public List<EvaluationMiss> Misses { get; } = [];

        public SetScore Links { get; set; }

        public SetScore Tags { get; set; }

        public SetScore Sections { get; set; }

        public void Check(int? entry, string member, GoldText fact, string? value) =>
            Record(entry, member, fact.Matches(value), fact.SoftMatches(value), fact.ToString(), value);

        public void Record(int? entry, string member, bool exact, bool soft, string expected, string? actual)
        {
            Fields[member] = Fields.GetValueOrDefault(member).Add(exact, soft);
            if (!exact)
            {
                Miss(entry, member, expected, actual, soft);
            }
        }

        public void Miss(int? entry, string member, string expected, string? actual, bool soft)
        {
            if (Misses.Count < MaxMissesPerDocument)
            {
                Misses.Add(new EvaluationMiss(entry, member, Shorten(expected)!, Shorten(actual), soft));
            }
        }
    }
}
