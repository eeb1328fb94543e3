namespace PaperDigest.Evaluation;

/// <summary>
/// The scores of one document or, summed with <see cref="Sum"/>, of many (micro averages: counts add up,
/// rates are computed from the totals).
/// </summary>
public record EvaluationScores
{
    private static readonly IReadOnlyDictionary<string, FieldScore> NoFields = new Dictionary<string, FieldScore>().AsReadOnly();

    /// <summary>The member name under which document facts are reported: <c>document.title</c>, <c>document.url</c>, ….</summary>
    public const string DocumentPrefix = "document.";

    /// <summary>The member name of the section-count checks.</summary>
    public const string SectionCounts = "sections.count";

    /// <summary>Documents scored.</summary>
    public int Documents { get; init; }

    /// <summary>Documents whose detected layout is the gold layout.</summary>
    public int DetectedCorrectly { get; init; }

    /// <summary>Entries the gold files expect.</summary>
    public int GoldEntries { get; init; }

    /// <summary>Entries the parses found.</summary>
    public int ParsedEntries { get; init; }

    /// <summary>Gold entries paired with a parsed entry.</summary>
    public int MatchedEntries { get; init; }

    /// <summary>Parsed entries that pair with a gold entry, 0 to 1 (1 when none were expected or found; 0 when entries were expected and none found).</summary>
    public double EntryPrecision => ParsedEntries == 0 ? (GoldEntries == 0 ? 1 : 0) : (double)MatchedEntries / ParsedEntries;

    /// <summary>Gold entries that pair with a parsed entry, 0 to 1 (1 when none were expected).</summary>
    public double EntryRecall => GoldEntries == 0 ? 1 : (double)MatchedEntries / GoldEntries;

    /// <summary>
    /// Checks per member: entry members (<c>title</c>, <c>fields.method</c>, <c>authors</c>, …), document facts
    /// (<c>document.title</c>, …, <c>document.tags</c>) and <see cref="SectionCounts"/>.
    /// </summary>
    public IReadOnlyDictionary<string, FieldScore> Fields { get; init; } = NoFields;

    /// <summary>All entry-member checks together (document facts and section counts excluded).</summary>
    public FieldScore EntryFields => Total(Fields.Where(f => !IsDocumentLevel(f.Key)).Select(f => f.Value));

    /// <summary>All document-fact checks together.</summary>
    public FieldScore DocumentFacts => Total(Fields.Where(f => f.Key.StartsWith(DocumentPrefix, StringComparison.Ordinal)).Select(f => f.Value));

    /// <summary>Id-bearing links, compared as <c>kind:id</c> sets per paired entry.</summary>
    public SetScore Links { get; init; }

    /// <summary>Entry tags, compared as soft-folded label sets per paired entry.</summary>
    public SetScore Tags { get; init; }

    /// <summary>Sections paired by soft-folded title.</summary>
    public SetScore Sections { get; init; }

    /// <summary>Non-blank input lines no entry, section, header span or diagnostic accounts for.</summary>
    public int UnaccountedLines { get; init; }

    /// <summary>Whether a member name is a document fact or the section counts rather than an entry member.</summary>
    /// <param name="member">A key of <see cref="Fields"/>.</param>
    /// <returns><see langword="true"/> for <c>document.*</c> and <see cref="SectionCounts"/>.</returns>
    public static bool IsDocumentLevel(string member) =>
        member.StartsWith(DocumentPrefix, StringComparison.Ordinal) || member == SectionCounts;

    /// <summary>Adds up the scores of many documents.</summary>
    /// <param name="scores">The scores.</param>
    /// <returns>The totals.</returns>
    public static EvaluationScores Sum(IEnumerable<EvaluationScores> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var fields = new Dictionary<string, FieldScore>(StringComparer.Ordinal);
        var total = new EvaluationScores();
        foreach (var score in scores)
        {
            foreach (var (member, field) in score.Fields)
            {
                fields[member] = fields.GetValueOrDefault(member) + field;
            }

            total = total with
            {
                Documents = total.Documents + score.Documents,
                DetectedCorrectly = total.DetectedCorrectly + score.DetectedCorrectly,
                GoldEntries = total.GoldEntries + score.GoldEntries,
                ParsedEntries = total.ParsedEntries + score.ParsedEntries,
                MatchedEntries = total.MatchedEntries + score.MatchedEntries,
                Links = total.Links + score.Links,
                Tags = total.Tags + score.Tags,
                Sections = total.Sections + score.Sections,
                UnaccountedLines = total.UnaccountedLines + score.UnaccountedLines,
            };
        }

        return total with { Fields = fields.AsReadOnly() };
    }

    private static FieldScore Total(IEnumerable<FieldScore> scores)
    {
        var total = default(FieldScore);
        foreach (var score in scores)
        {
            total += score;
        }

        return total;
    }
}
