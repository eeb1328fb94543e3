namespace PaperDigest.Blocks;

/// <summary>
/// YAML front matter at the very start of a document (a <c>---</c> line, <c>key: value</c> lines, a
/// closing <c>---</c> or <c>...</c>), found without parsing the rest of the document.
/// </summary>
internal static class FrontMatter
{
    /// <summary>How many lines the front matter may have before the opening line is taken for a rule.</summary>
    public const int MaxLines = 200;

    public static bool StartsWithFrontMatter(ReadOnlySpan<char> text) => Find(text) is not null;

    /// <summary>The front matter's YAML and its lines (1-based, both fences included), or <see langword="null"/>.</summary>
    public static (string Yaml, LineSpan Lines)? Find(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("\uFEFF---", StringComparison.Ordinal) && !text.StartsWith("---", StringComparison.Ordinal))
        {
            return null;
        }

        var line = 0;
        var bodyStart = -1;
        var offset = 0;
        while (offset <= text.Length && line <= MaxLines)
        {
            var rest = text[offset..];
            var end = rest.IndexOfAny('\n', '\r');
            var current = (end < 0 ? rest : rest[..end]).Trim().TrimStart('\uFEFF');
            var next = end < 0 ? text.Length + 1 : offset + end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            line++;
            if (line == 1)
            {
                if (!current.SequenceEqual("---"))
                {
                    return null;
                }

                bodyStart = next;
            }
            else if (current.SequenceEqual("---") || current.SequenceEqual("..."))
            {
                var yaml = text[Math.Min(bodyStart, text.Length)..offset];
                return line > 2 && yaml.Contains(':') ? (yaml.ToString(), new LineSpan(1, line)) : null;
            }

            offset = next;
        }

        return null;
    }
}
