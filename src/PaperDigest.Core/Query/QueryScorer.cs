namespace PaperDigest.Query;

/// <summary>
/// Ranks a matching entry: for each positive text term (not under a NOT), each field where it occurs adds
/// the field's weight times 1 + ln(occurrences). Records the first matches for the hit.
/// </summary>
internal sealed class QueryScorer
{
    private const int MaxMatches = 16;

    private readonly List<(SearchTerm Term, bool TitlesOnly)> _terms = [];
    private readonly HashSet<(string Text, bool TitlesOnly)> _seen = [];

    public QueryScorer(QueryExpression expression) => Collect(expression, negated: false);

    public QueryHit Score(CorpusEntry entry)
    {
        if (_terms.Count == 0)
        {
            return new QueryHit(entry, 0, []);
        }

        var matches = new List<TextMatch>();
        var score = 0.0;
        foreach (var (term, titlesOnly) in _terms)
        {
            foreach (var field in entry.Text.Fields)
            {
                if (titlesOnly && !field.IsTitle)
                {
                    continue;
                }

                var count = term.Count(field, matches, MaxMatches);
                if (count > 0)
                {
                    score += field.Weight * (1 + Math.Log(count));
                }
            }
        }

        return new QueryHit(entry, Math.Round(score, 3), matches);
    }

    private void Collect(QueryExpression expression, bool negated)
    {
        switch (expression)
        {
            case QueryTerm term when !negated:
                Add(term.Text, titlesOnly: false);
                break;
            case QueryFilter { Field: QueryField.Title } title when !negated:
                Add(title.Value, titlesOnly: true);
                break;
            case QueryNot not:
                Collect(not.Operand, !negated);
                break;
            case QueryAnd and:
                CollectAll(and.Operands, negated);
                break;
            case QueryOr or:
                CollectAll(or.Operands, negated);
                break;
        }
    }

    // A term written twice scores once: "rl OR rl OR …" is the query "rl".
    private void Add(string text, bool titlesOnly)
    {
        if (_seen.Add((text, titlesOnly)))
        {
            _terms.Add((new SearchTerm(text), titlesOnly));
        }
    }

    private void CollectAll(IReadOnlyList<QueryExpression> operands, bool negated)
    {
        foreach (var operand in operands)
        {
            Collect(operand, negated);
        }
    }
}
