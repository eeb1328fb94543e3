using System.Diagnostics.CodeAnalysis;
using PaperDigest.Query;

namespace PaperDigest;

/// <summary>
/// A parsed query: <c>tag:rlvr has:code -tag:rlhf</c>, <c>category:推理与思维链 (强化学习 OR "reward model")</c>.
/// Fields: <c>tag</c>, <c>category</c> (<c>cat</c>), <c>topic</c>, <c>has</c>, <c>format</c> (<c>layout</c>),
/// <c>publisher</c> (<c>source</c>), <c>lang</c>, <c>arxiv</c>, <c>title</c>; bare words and quoted phrases search the
/// text; <c>AND</c> (or nothing), <c>OR</c>, <c>NOT</c> or <c>-</c>, and parentheses combine them. Immutable and
/// thread-safe.
/// </summary>
public sealed class DigestQuery
{
    /// <summary>The deepest nesting of parentheses and negations a query may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest query text accepted, in characters.</summary>
    public const int MaxLength = 4096;

    private DigestQuery(string text, QueryExpression expression)
    {
        Text = text;
        Expression = expression;
    }

    /// <summary>The query text as given.</summary>
    public string Text { get; }

    /// <summary>The expression tree.</summary>
    public QueryExpression Expression { get; }

    /// <summary>Parses a query.</summary>
    /// <param name="text">The query text.</param>
    /// <exception cref="QuerySyntaxException">The query is malformed; the exception carries the position.</exception>
    public static DigestQuery Parse(string text) =>
        TryParse(text, out var query, out var error) ? query : throw new QuerySyntaxException(error);

    /// <summary>Parses a query without throwing.</summary>
    /// <param name="text">The query text.</param>
    /// <param name="query">The query, when the text parses.</param>
    /// <param name="error">Why and where it does not, otherwise.</param>
    public static bool TryParse(string text, [NotNullWhen(true)] out DigestQuery? query, [NotNullWhen(false)] out QuerySyntaxError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var expression = QueryParser.Parse(text, out error);
        query = expression is null ? null : new DigestQuery(text, expression);
        error ??= query is null ? new QuerySyntaxError(0, "malformed query") : null;
        return query is not null;
    }

    /// <summary>The canonical text of the query (parses back to an equal expression).</summary>
    public override string ToString() => Expression.ToString();
}
