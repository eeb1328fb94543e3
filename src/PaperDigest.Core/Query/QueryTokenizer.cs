using System.Text;

namespace PaperDigest.Query;

/// <summary>
/// Splits query text into tokens in one left-to-right pass: parentheses (ASCII and full-width), quoted phrases
/// (<c>"…"</c> with <c>\"</c> and <c>\\</c>, <c>“…”</c>, <c>「…」</c>, <c>『…』</c>), <c>-</c> before a term, <c>field:value</c>
/// (<c>:</c> or <c>：</c>), the operators <c>AND</c>, <c>OR</c>, <c>NOT</c> (upper case only) and words.
/// </summary>
internal sealed class QueryTokenizer
{
    private readonly string _text;
    private readonly List<QueryToken> _tokens = [];
    private int _at;
    private QuerySyntaxError? _error;

    private QueryTokenizer(string text) => _text = text;

    public static List<QueryToken>? Tokenize(string text, out QuerySyntaxError? error)
    {
        var tokenizer = new QueryTokenizer(text);
        tokenizer.Run();
        error = tokenizer._error;
        return error is null ? tokenizer._tokens : null;
    }

    private void Run()
    {
        while (_error is null)
        {
            while (_at < _text.Length && QueryText.IsSpace(_text[_at]))
            {
                _at++;
            }

            if (_at == _text.Length)
            {
                _tokens.Add(new QueryToken(QueryTokenKind.End, string.Empty, _at));
                return;
            }

            ReadToken();
        }
    }

    private void ReadToken()
    {
        var c = _text[_at];
        if (QueryText.IsOpenParen(c) || QueryText.IsCloseParen(c))
        {
            _tokens.Add(new QueryToken(QueryText.IsOpenParen(c) ? QueryTokenKind.OpenParen : QueryTokenKind.CloseParen, c.ToString(), _at++));
        }
        else if (QueryText.ClosingQuote(c) != '\0')
        {
            var start = _at;
            if (ReadPhrase() is { } phrase)
            {
                _tokens.Add(new QueryToken(QueryTokenKind.Phrase, phrase, start));
            }
        }
        else if (c == '-' && _at + 1 < _text.Length && !QueryText.IsSpace(_text[_at + 1]) && !QueryText.IsCloseParen(_text[_at + 1]))
        {
            _tokens.Add(new QueryToken(QueryTokenKind.Not, "-", _at++));
        }
        else
        {
            ReadWordOrField();
        }
    }

    private void ReadWordOrField()
    {
        var start = _at;
        var end = WordEnd(start);
        var word = _text.AsSpan(start, end - start);
        if (QueryText.LooksLikeField(word))
        {
            ReadField(start, start + word.IndexOfAny(':', '：'));
            return;
        }

        _at = end;
        var text = word.ToString();
        var kind = text switch
        {
            QueryText.And => QueryTokenKind.And,
            QueryText.Or => QueryTokenKind.Or,
            QueryText.Not => QueryTokenKind.Not,
            _ => QueryTokenKind.Word,
        };
        _tokens.Add(new QueryToken(kind, text, start));
    }

    private void ReadField(int start, int colon)
    {
        var name = _text[start..colon];
        if (!QueryText.TryGetField(name, out var field))
        {
            Fail(start, $"unknown field '{name}' (use {QueryText.FieldList})");
            return;
        }

        _at = colon + 1;
        var valueStart = _at;
        if (_at == _text.Length || QueryText.IsSpace(_text[_at]) || QueryText.IsOpenParen(_text[_at]) || QueryText.IsCloseParen(_text[_at]))
        {
            Fail(start, $"missing value after '{name}:'");
            return;
        }

        string? value;
        if (QueryText.ClosingQuote(_text[_at]) != '\0')
        {
            value = ReadPhrase();
        }
        else
        {
            var end = WordEnd(_at);
            value = _text[_at..end];
            _at = end;
        }

        if (value is null)
        {
            return;
        }

        if (QueryValues.Normalize(field, value, out var error) is { } normalized)
        {
            _tokens.Add(new QueryToken(QueryTokenKind.Field, normalized, start, field));
        }
        else
        {
            Fail(valueStart, error!);
        }
    }

    // Reads the phrase whose opening quote is at _at; null (with the error set) when it is unterminated or empty.
    private string? ReadPhrase()
    {
        var open = _at;
        var close = QueryText.ClosingQuote(_text[open]);
        var phrase = new StringBuilder();
        var i = open + 1;
        while (i < _text.Length && _text[i] != close)
        {
            // Inside ASCII quotes, \" is a quote and \\ a backslash; any other backslash is itself.
            var escaped = close == '"' && _text[i] == '\\' && i + 1 < _text.Length && _text[i + 1] is '"' or '\\';
            phrase.Append(_text[escaped ? ++i : i]);
            i++;
        }

        if (i == _text.Length)
        {
            Fail(open, "unterminated quote");
            return null;
        }

        _at = i + 1;
        var text = phrase.ToString().Trim();
        if (text.Length == 0)
        {
            Fail(open, "empty phrase");
            return null;
        }

        return text;
    }

    private int WordEnd(int start)
    {
        var end = start;
        while (end < _text.Length && !QueryText.IsSpace(_text[end]) && !QueryText.IsOpenParen(_text[end]) && !QueryText.IsCloseParen(_text[end]))
        {
            end++;
        }

        return end;
    }

    private void Fail(int position, string message) => _error ??= new QuerySyntaxError(position, message);
}
