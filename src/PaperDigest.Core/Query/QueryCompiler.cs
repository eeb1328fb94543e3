namespace PaperDigest.Query;

/// <summary>
/// Turns a query expression into one entry predicate. Builds a closure per node; nesting is bounded by
/// <see cref="DigestQuery.MaxDepth"/>, so the recursion here is too.
/// </summary>
internal static class QueryCompiler
{
    public static Func<CorpusEntry, bool> Compile(QueryExpression expression) => expression switch
    {
        QueryTerm term => Text(new SearchTerm(term.Text), titlesOnly: false),
        QueryFilter filter => Filter(filter),
        QueryNot not => Negate(Compile(not.Operand)),
        QueryAnd and => All(Distinct(and.Operands).Select(Compile).ToArray()),
        QueryOr or => Any(Distinct(or.Operands).Select(Compile).ToArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown query expression."),
    };

    // "a OR a OR …" repeated 680 times is one test, not 680: operands equal as query text run once.
    private static IEnumerable<QueryExpression> Distinct(IReadOnlyList<QueryExpression> operands) =>
        operands.DistinctBy(o => o.ToString(), StringComparer.Ordinal);

    private static Func<CorpusEntry, bool> Filter(QueryFilter filter) => filter.Field switch
    {
        QueryField.Tag => EntryPredicates.Tag(filter.Value, includeNarrower: true),
        QueryField.EntryTag => EntryPredicates.EntryTag(filter.Value),
        QueryField.Category => EntryPredicates.Category(filter.Value, includeNarrower: true),
        QueryField.Topic => EntryPredicates.Topic(filter.Value, includeNarrower: true),
        QueryField.Has => EntryPredicates.Has(filter.Value),
        QueryField.Format => EntryPredicates.Format(new DigestFormat(filter.Value)),
        QueryField.Publisher => EntryPredicates.Publisher(filter.Value),
        QueryField.Language => Language(filter.Value),
        QueryField.Arxiv => EntryPredicates.Arxiv(filter.Value),
        QueryField.Title => Text(new SearchTerm(filter.Value), titlesOnly: true),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Field, "Unknown query field."),
    };

    private static Func<CorpusEntry, bool> Language(string value) => value switch
    {
        "en" => EntryPredicates.Language(DocumentLanguage.En),
        "zh-Hans" => EntryPredicates.Language(DocumentLanguage.ZhHans),
        "zh-Hant" => EntryPredicates.Language(DocumentLanguage.ZhHant),
        _ => EntryPredicates.IsChinese,
    };

    private static Func<CorpusEntry, bool> Text(SearchTerm term, bool titlesOnly) => entry => term.OccursIn(entry.Text, titlesOnly);

    private static Func<CorpusEntry, bool> Negate(Func<CorpusEntry, bool> operand) => entry => !operand(entry);

    private static Func<CorpusEntry, bool> All(Func<CorpusEntry, bool>[] operands) => entry =>
    {
        foreach (var operand in operands)
        {
            if (!operand(entry))
            {
                return false;
            }
        }

        return true;
    };

    private static Func<CorpusEntry, bool> Any(Func<CorpusEntry, bool>[] operands) => entry =>
    {
        foreach (var operand in operands)
        {
            if (operand(entry))
            {
                return true;
            }
        }

        return false;
    };
}
