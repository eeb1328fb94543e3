namespace PaperDigest.Blocks;

/// <summary>The name and one attribute of a raw inline HTML tag in Markdown (<c>&lt;a href="…" class="btn"&gt;</c>), read in one bounded pass.</summary>
internal static class InlineHtmlTag
{
    public static string Name(string? tag, out bool closing)
    {
        closing = false;
        if (tag is null || tag.Length < 3 || tag[0] != '<')
        {
            return string.Empty;
        }

        var start = 1;
        if (tag[1] == '/')
        {
            closing = true;
            start = 2;
        }

        var end = start;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[start..end].ToLowerInvariant();
    }

    /// <summary>The value of <paramref name="name"/> (quoted or not), or <see langword="null"/>.</summary>
    public static string? Attribute(string? tag, string name)
    {
        if (tag is null)
        {
            return null;
        }

        var span = tag.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            var index = at + found;
            var after = index + name.Length;
            if (index > 0 && char.IsWhiteSpace(span[index - 1]) && after < span.Length && span[after] == '=')
            {
                return Value(span[(after + 1)..]);
            }

            at = after;
        }

        return null;
    }

    private static string Value(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return string.Empty;
        }

        if (rest[0] is '"' or '\'')
        {
            var close = rest[1..].IndexOf(rest[0]);
            return close < 0 ? rest[1..].ToString() : rest.Slice(1, close).ToString();
        }

        var end = rest.IndexOfAny(" \t>");
        return (end < 0 ? rest : rest[..end]).ToString();
    }
}
