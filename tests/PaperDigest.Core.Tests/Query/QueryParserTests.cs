using FluentAssertions;

namespace PaperDigest.Tests.Query;

public sealed class QueryParserTests
{
    private static QueryTerm W(string text) => new(text, false);

    private static QueryTerm P(string text) => new(text, true);

    private static QueryFilter F(QueryField field, string value) => new(field, value);

    private static QueryAnd And(params QueryExpression[] operands) => new(operands);

    private static QueryOr Or(params QueryExpression[] operands) => new(operands);

    private static QueryNot Not(QueryExpression operand) => new(operand);

    public static TheoryData<string, QueryExpression> Trees => new()
    {
        { "reward", W("reward") },
        { "  reward  ", W("reward") },
        { "tag:rlvr", F(QueryField.Tag, "rlvr") },
        { "TAG：RLVR", F(QueryField.Tag, "RLVR") },
        { "cat:推理与思维链", F(QueryField.Category, "推理与思维链") },
        { "category:\"model architecture\"", F(QueryField.Category, "model architecture") },
        { "topic:多模态", F(QueryField.Topic, "多模态") },
        { "has:Code", F(QueryField.Has, "code") },
        { "layout:Brief", F(QueryField.Format, "brief") },
        { "source:新智元", F(QueryField.Publisher, "新智元") },
        { "lang:zh-TW", F(QueryField.Language, "zh-Hant") },
        { "language:ZH-hans", F(QueryField.Language, "zh-Hans") },
        { "arxiv:2501.00001v2", F(QueryField.Arxiv, "2501.00001v2") },
        { "title:「條件 記憶」", F(QueryField.Title, "條件 記憶") },
        { "\"sparse rewards\"", P("sparse rewards") },
        { "“sparse rewards”", P("sparse rewards") },
        { "「強化 學習」", P("強化 學習") },
        { "『強化 學習』", P("強化 學習") },
        { "\"say \\\"hi\\\"\"", P("say \"hi\"") },
        { "\"back\\\\slash\\\\\"", P("back\\slash\\") },
        { "\"c:\\dir\"", P("c:\\dir") },
        { "rlvra“\"", W("rlvra“\"") },
        { "a b c", And(W("a"), W("b"), W("c")) },
        { "a AND b", And(W("a"), W("b")) },
        { "a and b", And(W("a"), W("and"), W("b")) },
        { "a OR b", Or(W("a"), W("b")) },
        { "a or b", And(W("a"), W("or"), W("b")) },
        { "a b OR c", Or(And(W("a"), W("b")), W("c")) },
        { "a OR b c", Or(W("a"), And(W("b"), W("c"))) },
        { "a OR b OR c", Or(W("a"), W("b"), W("c")) },
        { "(a OR b) c", And(Or(W("a"), W("b")), W("c")) },
        { "（a OR b）c", And(Or(W("a"), W("b")), W("c")) },
        { "(a b) (c d)", And(W("a"), W("b"), W("c"), W("d")) },
        { "((a))", W("a") },
        { "NOT a b", And(Not(W("a")), W("b")) },
        { "NOT NOT a", Not(Not(W("a"))) },
        { "-tag:rlhf", Not(F(QueryField.Tag, "rlhf")) },
        { "-\"a b\"", Not(P("a b")) },
        { "-(a OR b)", Not(Or(W("a"), W("b"))) },
        { "GPT-4 test-time", And(W("GPT-4"), W("test-time")) },
        { "a - b", And(W("a"), W("-"), W("b")) },
        { "http://example.org/x", W("http://example.org/x") },
        { "10:30", W("10:30") },
        { "多模态　模型", And(W("多模态"), W("模型")) },
        { "tag:rlvr has:code -tag:rlhf", And(F(QueryField.Tag, "rlvr"), F(QueryField.Has, "code"), Not(F(QueryField.Tag, "rlhf"))) },
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void Parses_into_the_expected_tree(string text, QueryExpression expected) =>
        DigestQuery.Parse(text).Expression.Should().Be(expected);

    [Theory]
    [MemberData(nameof(Trees))]
    public void The_canonical_text_parses_back_to_the_same_tree(string text, QueryExpression expected)
    {
        var canonical = DigestQuery.Parse(text).ToString();

        DigestQuery.Parse(canonical).Expression.Should().Be(expected, $"'{canonical}' is the canonical text of '{text}'");
    }

    [Theory]
    [InlineData("tag:rlvr has:code -tag:rlhf", "tag:rlvr has:code -tag:rlhf")]
    [InlineData("(a OR b) c", "(a OR b) c")]
    [InlineData("NOT (a b)", "NOT (a b)")]
    [InlineData("category:\"model architecture\"", "category:\"model architecture\"")]
    [InlineData("\"AND\" \"x:y\" \"-a\"", "\"AND\" \"x:y\" \"-a\"")]
    [InlineData("a  OR  b", "a OR b")]
    public void Canonical_text(string text, string canonical) =>
        DigestQuery.Parse(text).ToString().Should().Be(canonical);

    [Fact]
    public void Positions_point_at_each_node()
    {
        var and = (QueryAnd)DigestQuery.Parse("reward  -tag:rlhf (a OR b)").Expression;

        and.Operands.Select(o => o.Position).Should().Equal(0, 8, 19);
        ((QueryNot)and.Operands[1]).Operand.Position.Should().Be(9);
    }

    [Theory]
    [InlineData("", 0, "empty query")]
    [InlineData("   ", 0, "empty query")]
    [InlineData("a )", 2, "unexpected ')'")]
    [InlineData(")", 0, "unexpected ')'")]
    [InlineData("tag:rlvr AND (has:code", 13, "unclosed '('")]
    [InlineData("(a (b)", 0, "unclosed '('")]
    [InlineData("a ()", 2, "empty parentheses")]
    [InlineData("a AND", 2, "missing operand after 'AND'")]
    [InlineData("a OR", 2, "missing operand after 'OR'")]
    [InlineData("a OR OR b", 2, "missing operand after 'OR'")]
    [InlineData("a AND OR b", 2, "missing operand after 'AND'")]
    [InlineData("NOT", 0, "missing operand after 'NOT'")]
    [InlineData("a NOT )", 2, "missing operand after 'NOT'")]
    [InlineData("OR a", 0, "missing operand before 'OR'")]
    [InlineData("AND a", 0, "missing operand before 'AND'")]
    [InlineData("(OR a)", 1, "missing operand before 'OR'")]
    [InlineData("tag: rlvr", 0, "missing value after 'tag:'")]
    [InlineData("a tag:", 2, "missing value after 'tag:'")]
    [InlineData("foo:bar", 0, "unknown field 'foo' (use tag, entrytag, category")]
    [InlineData("a Tags:x", 2, "unknown field 'Tags'")]
    [InlineData("has:co/de", 4, "'co/de' is not a name")]
    [InlineData("lang:fr", 5, "unknown language 'fr'")]
    [InlineData("a \"b c", 2, "unterminated quote")]
    [InlineData("“b c", 0, "unterminated quote")]
    [InlineData("tag:\"rl", 4, "unterminated quote")]
    [InlineData("a \"  \"", 2, "empty phrase")]
    public void Malformed_queries_report_what_and_where(string text, int position, string message)
    {
        DigestQuery.TryParse(text, out var query, out var error).Should().BeFalse();

        query.Should().BeNull();
        error!.Position.Should().Be(position);
        error.Message.Should().StartWith(message);
        error.ToString().Should().StartWith($"column {position + 1}: {message}");
        FluentActions.Invoking(() => DigestQuery.Parse(text)).Should().Throw<QuerySyntaxException>()
            .Which.Should().Match<QuerySyntaxException>(e => e.Position == position && e.Message.StartsWith($"column {position + 1}: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(", 64)]
    [InlineData("NOT ", 256)]
    [InlineData("-", 64)]
    [InlineData("-(", 64)]
    public void Deep_nesting_is_an_error_at_the_level_that_goes_too_deep(string opener, int position)
    {
        var text = string.Concat(Enumerable.Repeat(opener, DigestQuery.MaxLength / opener.Length - 1)) + "a";

        DigestQuery.TryParse(text, out _, out var error).Should().BeFalse();

        error!.Message.Should().Be("query nests deeper than 64 levels");
        error.Position.Should().Be(position, "the 65th level starts there");
    }

    [Fact]
    public void Nesting_up_to_the_limit_parses()
    {
        var text = new string('(', DigestQuery.MaxDepth) + "a" + new string(')', DigestQuery.MaxDepth);

        DigestQuery.Parse(text).Expression.Should().Be(W("a"));
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_past_the_length_limit_are_a_length_error()
    {
        var text = new string('(', 10_000) + "a" + new string(')', 10_000);

        DigestQuery.TryParse(text, out _, out var error).Should().BeFalse();

        error!.Position.Should().Be(DigestQuery.MaxLength);
        error.Message.Should().Be("query longer than 4096 characters");
    }

    [Fact]
    public void Eight_hundred_terms_parse_into_one_flat_and()
    {
        var text = string.Join(' ', Enumerable.Range(0, 800).Select(i => $"w{i}"));

        var and = DigestQuery.Parse(text).Expression.Should().BeOfType<QueryAnd>().Subject;

        and.Operands.Should().HaveCount(800);
    }

    [Fact]
    public void Equality_ignores_positions_but_not_content()
    {
        DigestQuery.Parse("a  b").Expression.Should().Be(DigestQuery.Parse("a b").Expression);
        DigestQuery.Parse("a b").Expression.Should().NotBe(DigestQuery.Parse("b a").Expression);
        DigestQuery.Parse("a b").Expression.GetHashCode().Should().Be(DigestQuery.Parse(" a b").Expression.GetHashCode());
        W("a").Should().NotBe(P("a"));
    }
}
