using System.Globalization;

namespace PaperDigest.Query;

/// <summary>
/// Recursive descent over the tokens, NOT before AND before OR:
/// <code>
/// or      := and ('OR' and)*
/// and     := unary (['AND'] unary)*
/// unary   := ('NOT' | '-') unary | primary
/// primary := '(' or ')' | field:value | "phrase" | word
/// </code>
/// Never throws: the first error stops the parse and is returned. Recursion is bounded by
/// <see cref="DigestQuery.MaxDepth"/> levels of parentheses and negations, so hostile nesting is an error, not a
/// stack overflow.
/// </summary>
internal sealed class QueryParser
{
    private readonly List<QueryToken> _tokens;
    private int _next;
    private QuerySyntaxError? _error;

    private QueryParser(List<QueryToken> tokens) => _tokens = tokens;

    private QueryToken Peek => _tokens[_next];

    public static QueryExpression? Parse(string text, out QuerySyntaxError? error)
    {
        if (text.Length > DigestQuery.MaxLength)
        {
            error = new QuerySyntaxError(DigestQuery.MaxLength, string.Create(CultureInfo.InvariantCulture, $"query longer than {DigestQuery.MaxLength} characters"));
            return null;
        }

        var tokens = QueryTokenizer.Tokenize(text, out error);
        if (tokens is null)
        {
            return null;
        }

        if (tokens[0].Kind == QueryTokenKind.End)
        {
            error = new QuerySyntaxError(0, "empty query");
            return null;
        }

        var parser = new QueryParser(tokens);
        var expression = parser.ParseOr(depth: 0);
        if (expression is not null && parser.Peek.Kind != QueryTokenKind.End)
        {
            parser.Fail(parser.Peek.Position, parser.Peek.Kind == QueryTokenKind.CloseParen ? "unexpected ')'" : $"unexpected '{parser.Peek.Text}'");
        }

        error = parser._error;
        return error is null ? expression : null;
    }

    private QueryExpression? ParseOr(int depth)
    {
        var first = ParseAnd(depth);
        if (first is null || Peek.Kind != QueryTokenKind.Or)
        {
            return first;
        }

        var operands = new List<QueryExpression>();
        AddFlattened<QueryOr>(operands, first, static or => or.Operands);
        while (Peek.Kind == QueryTokenKind.Or)
        {
            var operand = ParseOperandAfter(_tokens[_next++], depth, ParseAnd);
            if (operand is null)
            {
                return null;
            }

            AddFlattened<QueryOr>(operands, operand, static or => or.Operands);
        }

        return new QueryOr(operands) { Position = first.Position };
    }

    private QueryExpression? ParseAnd(int depth)
    {
        var first = ParseUnary(depth);
        if (first is null)
        {
            return null;
        }

        var operands = new List<QueryExpression>();
        AddFlattened<QueryAnd>(operands, first, static and => and.Operands);
        while (Peek.Kind == QueryTokenKind.And || Peek.StartsOperand)
        {
            var operand = Peek.Kind == QueryTokenKind.And ? ParseOperandAfter(_tokens[_next++], depth, ParseUnary) : ParseUnary(depth);
            if (operand is null)
            {
                return null;
            }

            AddFlattened<QueryAnd>(operands, operand, static and => and.Operands);
        }

        return operands.Count == 1 ? first : new QueryAnd(operands) { Position = first.Position };
    }

    private QueryExpression? ParseUnary(int depth)
    {
        var token = Peek;
        if (token.Kind != QueryTokenKind.Not)
        {
            return ParsePrimary(depth);
        }

        _next++;
        if (depth + 1 > DigestQuery.MaxDepth)
        {
            return TooDeep(token);
        }

        var operand = ParseOperandAfter(token, depth + 1, ParseUnary);
        return operand is null ? null : new QueryNot(operand) { Position = token.Position };
    }

    private QueryExpression? ParsePrimary(int depth)
    {
        var token = Peek;
        switch (token.Kind)
        {
            case QueryTokenKind.Word or QueryTokenKind.Phrase:
                _next++;
                return new QueryTerm(token.Text, token.Kind == QueryTokenKind.Phrase) { Position = token.Position };
            case QueryTokenKind.Field:
                _next++;
                return new QueryFilter(token.Field, token.Text) { Position = token.Position };
            case QueryTokenKind.OpenParen:
                return ParseGroup(depth);
            case QueryTokenKind.CloseParen:
                return Fail(token.Position, "unexpected ')'");
            case QueryTokenKind.And or QueryTokenKind.Or:
                return Fail(token.Position, $"missing operand before '{token.Text}'");
            default:
                return Fail(token.Position, "missing operand at the end");
        }
    }

    private QueryExpression? ParseGroup(int depth)
    {
        var open = _tokens[_next++];
        if (depth + 1 > DigestQuery.MaxDepth)
        {
            return TooDeep(open);
        }

        if (Peek.Kind == QueryTokenKind.CloseParen)
        {
            return Fail(open.Position, "empty parentheses");
        }

        var inner = ParseOr(depth + 1);
        if (inner is null)
        {
            return null;
        }

        if (Peek.Kind != QueryTokenKind.CloseParen)
        {
            return Fail(open.Position, "unclosed '('");
        }

        _next++;
        return inner;
    }

    // After an operator, an operand must follow: "a AND", "a OR )", "NOT" are errors at the operator.
    private QueryExpression? ParseOperandAfter(QueryToken op, int depth, Func<int, QueryExpression?> parse) =>
        Peek.StartsOperand ? parse(depth) : Fail(op.Position, $"missing operand after '{op.Text}'");

    private QueryExpression? TooDeep(QueryToken token) =>
        Fail(token.Position, string.Create(CultureInfo.InvariantCulture, $"query nests deeper than {DigestQuery.MaxDepth} levels"));

    private static void AddFlattened<T>(List<QueryExpression> operands, QueryExpression operand, Func<T, IReadOnlyList<QueryExpression>> children)
        where T : QueryExpression
    {
        if (operand is T same)
        {
            operands.AddRange(children(same));
        }
        else
        {
            operands.Add(operand);
        }
    }

    private QueryExpression? Fail(int position, string message)
    {
        _error ??= new QuerySyntaxError(position, message);
        return null;
    }
}
