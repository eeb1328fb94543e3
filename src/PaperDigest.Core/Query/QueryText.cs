using System.Text;

namespace PaperDigest.Query;

/// <summary>The query language's vocabulary: field names, operators, quote pairs, and quoting for canonical text.</summary>
internal static class QueryText
{
    public const string And = "AND";
    public const string Or = "OR";
    public const string Not = "NOT";

    private static readonly Dictionary<string, QueryField> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tag"] = QueryField.Tag,
        ["category"] = QueryField.Category,
        ["cat"] = QueryField.Category,
        ["topic"] = QueryField.Topic,
        ["has"] = QueryField.Has,
        ["format"] = QueryField.Format,
        ["layout"] = QueryField.Format,
        ["publisher"] = QueryField.Publisher,
        ["source"] = QueryField.Publisher,
        ["lang"] = QueryField.Language,
        ["language"] = QueryField.Language,
        ["arxiv"] = QueryField.Arxiv,
        ["title"] = QueryField.Title,
        ["entrytag"] = QueryField.EntryTag,
    };

    public static string FieldList => "tag, entrytag, category, topic, has, format, publisher, lang, arxiv, title";

    public static bool TryGetField(string name, out QueryField field) => Fields.TryGetValue(name, out field);

    public static string FieldName(QueryField field) => field switch
    {
        QueryField.Language => "lang",
        _ => field.ToString().ToLowerInvariant(),
    };

    public static bool IsColon(char c) => c is ':' or '：';

    public static bool IsOpenParen(char c) => c is '(' or '（';

    public static bool IsCloseParen(char c) => c is ')' or '）';

    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>The closing quote for an opening one, or <c>'\0'</c> when <paramref name="c"/> opens nothing.</summary>
    public static char ClosingQuote(char c) => c switch
    {
        '"' => '"',
        '“' => '”',
        '「' => '」',
        '『' => '』',
        _ => '\0',
    };

    public static bool IsOperator(string word) => word is And or Or or Not;

    /// <summary>
    /// Whether <paramref name="text"/> must be quoted to read back as one word (or one field value): white space,
    /// quotes, parentheses, operators, a leading <c>-</c>, or something that would read as a field.
    /// </summary>
    public static bool NeedsQuotes(string text, bool asWord)
    {
        if (text.Length == 0 || ClosingQuote(text[0]) != '\0')
        {
            return true;
        }

        foreach (var c in text)
        {
            if (IsSpace(c) || IsOpenParen(c) || IsCloseParen(c))
            {
                return true;
            }
        }

        return asWord && (IsOperator(text) || (text[0] == '-' && text.Length > 1) || LooksLikeField(text));
    }

    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>A word whose part before a colon is all ASCII letters reads as a field (or an unknown-field error).</summary>
    public static bool LooksLikeField(ReadOnlySpan<char> word)
    {
        var colon = word.IndexOfAny(':', '：');
        return colon > 0 && !word[..colon].ContainsAnyExcept(AsciiLetters) && !IsUrlLike(word[(colon + 1)..]);
    }

    // "http://..." is a word, not the field "http".
    public static bool IsUrlLike(ReadOnlySpan<char> afterColon) => afterColon.StartsWith("//", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
