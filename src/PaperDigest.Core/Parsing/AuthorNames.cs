namespace PaperDigest.Parsing;

/// <summary>
/// Author lists as generators and front matter write them: names separated by commas (half- or full-width), <c>、</c>
/// or <c>;</c>. Public for custom parsers: the built-in ones read author lines with it.
/// </summary>
public static class AuthorNames
{
    private const int MaxNameLength = 60;
    private const int MaxWordsPerName = 6;
    private static readonly char[] Separators = [',', '，', '、', ';', '；'];
    private static readonly System.Buffers.SearchValues<char> NotInNames = System.Buffers.SearchValues.Create("。！？!?:：()（）[]【】《》#*|");

    /// <summary>Splits a list of names.</summary>
    /// <param name="names">The list, or <see langword="null"/>.</param>
    /// <returns>The names, trimmed; none for <see langword="null"/>.</returns>
    public static string[] Split(string? names) =>
        names is null ? [] : names.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Reads a line that is nothing but a list of names (<c>Neil Joshi,Joshua Carney,Homer Li</c>): every part short,
    /// a few words, with letters, no digits (<c>High 2605.04405</c> is a badge line) and no sentence punctuation, colon or brackets.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="names">The names, when the line is a list of them.</param>
    /// <returns>Whether the line is nothing but names.</returns>
    public static bool TryRead(ReadOnlySpan<char> line, out string[] names)
    {
        names = [];
        var text = WithoutEtAl(line.Trim().Trim("*_").Trim());
        var group = GroupCredit(text);
        if (group > 0)
        {
            // "The Verkor Team : Ravi Krishna, Suresh Krishna": a group credited before its members.
            return TryRead(text[(group + GroupSeparator.Length)..], out var members) && TryRead(text[..group], out var credit) && credit.Length == 1
                && (names = [credit[0], .. members]).Length > 0;
        }

        if (text.IsEmpty || text.IndexOfAny(NotInNames) >= 0)
        {
            return false;
        }

        foreach (var range in text.SplitAny(Separators))
        {
            var name = text[range].Trim();
            if (name.IsEmpty || name.Length > MaxNameLength || name.Count(' ') >= MaxWordsPerName || !HasLetter(name) || (name[^1] == '.' && name.Length > 3)
                || name.ContainsAnyInRange('0', '9'))
            {
                return false;
            }
        }

        names = Split(text.ToString());
        return names.Length > 0;
    }

    private const string GroupSeparator = " : ";

    // Where a spaced colon sets a group's name before its members, or -1; a label's colon is never spaced on both sides.
    private static int GroupCredit(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf(GroupSeparator, StringComparison.Ordinal);
        return at > 0 && text[(at + GroupSeparator.Length)..].IndexOf(GroupSeparator, StringComparison.Ordinal) < 0 ? at : -1;
    }

    /// <summary>
    /// A labelled author list without its "and others" tail and what follows it (<c>A, B 等（DeepMind）</c>, <c>A et al.</c>).
    /// </summary>
    internal static ReadOnlySpan<char> WithoutEtAlText(ReadOnlySpan<char> text)
    {
        var cut = text.IndexOf(" et al", StringComparison.OrdinalIgnoreCase);
        var chinese = text.IndexOf('等');
        cut = cut < 0 ? chinese : chinese < 0 ? cut : Math.Min(cut, chinese);
        return cut > 0 ? text[..cut].TrimEnd(" ,，、") : text;
    }

    // "A, B, C et al." and "甲、乙等": a shortened list keeps the names it shows.
    private static ReadOnlySpan<char> WithoutEtAl(ReadOnlySpan<char> text)
    {
        foreach (var tail in (ReadOnlySpan<string>)[" et al.", " et al", "等人", "等"])
        {
            if (text.EndsWith(tail, StringComparison.OrdinalIgnoreCase) && text.Length > tail.Length)
            {
                return text[..^tail.Length].TrimEnd(" ,，、");
            }
        }

        return text;
    }

    private static bool HasLetter(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
