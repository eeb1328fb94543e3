using System.Globalization;
using PaperDigest.Query;

namespace PaperDigest.Cli.Evaluation;

/// <summary>
/// How well <c>tag:</c> queries find what a person judged: per concept, the entries that carry a label judged to name
/// it (or a narrower notion) against the entries its query returns, and the same per distinct label (an entry of one
/// tag each). Recall is the share of the judged that the query finds; precision the share of what it finds that was
/// judged. Micro totals sum over the concepts.
/// </summary>
internal static class ConceptAudit
{
    public static ConceptAuditReport Run(ConceptJudgements judgements, DigestCorpus corpus)
    {
        var entries = corpus.Entries;
        var labelCorpus = LabelCorpus(judgements, corpus.Pipeline);
        var concepts = new List<ConceptScore>();
        foreach (var (name, query) in judgements.Concepts)
        {
            var parsed = DigestQuery.Parse(query);
            var found = corpus.Search(parsed).Select(h => h.Entry).ToHashSet();
            var judged = entries.Where(e => e.Entry.Tags.Any(t => Names(judgements, t.Label, name))).ToHashSet();
            var labelsFound = labelCorpus.Search(parsed).Select(h => h.Entry.Title!).ToHashSet(StringComparer.Ordinal);
            var labelsJudged = judgements.Labels.Where(l => l.Value.Contains(name)).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
            concepts.Add(new ConceptScore(name, query,
                new Counts(judged.Count(found.Contains), found.Count(e => !judged.Contains(e)), judged.Count(e => !found.Contains(e))),
                new Counts(labelsJudged.Count(labelsFound.Contains), labelsFound.Count(l => !labelsJudged.Contains(l)), labelsJudged.Count(l => !labelsFound.Contains(l))),
                [.. labelsJudged.Where(l => !labelsFound.Contains(l)).Order(StringComparer.Ordinal)],
                [.. labelsFound.Where(l => !labelsJudged.Contains(l)).Order(StringComparer.Ordinal)]));
        }

        var unjudged = entries.SelectMany(e => e.Entry.Tags).Select(t => t.Label).Where(l => !judgements.Labels.ContainsKey(l)).Distinct(StringComparer.Ordinal).Count();
        return new ConceptAuditReport(concepts, unjudged);
    }

    private static bool Names(ConceptJudgements judgements, string label, string concept) =>
        judgements.Labels.TryGetValue(label, out var names) && names.Contains(concept);

    // One entry per judged label, titled by it and tagged with it alone, resolved with the corpus's taxonomy.
    private static DigestCorpus LabelCorpus(ConceptJudgements judgements, DigestPipeline pipeline)
    {
        var corpus = new DigestCorpus(pipeline);
        var ordinal = 0;
        corpus.Add(new DigestDocument
        {
            Entries = [.. judgements.Labels.Keys.Select(label => new DigestEntry { Ordinal = ++ordinal, Title = label, Tags = [DigestTag.FromLabel(label)] })],
        });
        return corpus;
    }
}

/// <summary>True positives, false positives and false negatives, with recall and precision (1 where nothing counts).</summary>
internal readonly record struct Counts(int Found, int Wrong, int Missed)
{
    public double Recall => Found + Missed == 0 ? 1 : (double)Found / (Found + Missed);

    public double Precision => Found + Wrong == 0 ? 1 : (double)Found / (Found + Wrong);

    public static Counts operator +(Counts a, Counts b) => new(a.Found + b.Found, a.Wrong + b.Wrong, a.Missed + b.Missed);
}

internal sealed record ConceptScore(string Name, string Query, Counts Entries, Counts Labels, IReadOnlyList<string> MissedLabels, IReadOnlyList<string> WrongLabels);

internal sealed record ConceptAuditReport(IReadOnlyList<ConceptScore> Concepts, int UnjudgedLabels)
{
    public Counts Entries => Concepts.Aggregate(default(Counts), (sum, c) => sum + c.Entries);

    public Counts Labels => Concepts.Aggregate(default(Counts), (sum, c) => sum + c.Labels);

    public void Print(TextWriter output, bool details)
    {
        output.WriteLine("concept      query                                   entries found/judged  recall  precision   labels found/judged  recall  precision");
        foreach (var c in Concepts)
        {
            output.WriteLine(Row(c.Name, c.Query, c.Entries, c.Labels));
        }

        output.WriteLine(Row("all (micro)", string.Empty, Entries, Labels));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"labels the judgements do not cover: {UnjudgedLabels}"));
        if (!details)
        {
            return;
        }

        foreach (var c in Concepts.Where(c => c.MissedLabels.Count + c.WrongLabels.Count > 0))
        {
            output.WriteLine($"{c.Name}: missed {string.Join(" | ", c.MissedLabels)}");
            output.WriteLine($"{c.Name}: wrong  {string.Join(" | ", c.WrongLabels)}");
        }
    }

    private static string Row(string name, string query, Counts entries, Counts labels) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-12} {Shorten(query),-39} {entries.Found,8}/{entries.Found + entries.Missed,-6}  {entries.Recall,6:P1}  {entries.Precision,9:P1}   {labels.Found,8}/{labels.Found + labels.Missed,-6}  {labels.Recall,6:P1}  {labels.Precision,9:P1}");

    private static string Shorten(string query) => query.Length <= 39 ? query : query[..38] + "…";
}
