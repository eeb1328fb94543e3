namespace PaperDigest.Taxonomy;

/// <summary>
/// Acronyms and their expansions: <c>X (Y)</c> labels, acronym-shaped labels, and whether an acronym's letters
/// are the initials of an expansion (<c>VQA</c> / <c>visual question answering</c>, <c>ViT</c> / <c>vision transformer</c>).
/// </summary>
internal static class Acronyms
{
    private const int MaxLetters = 10;
    private const int MaxWords = 12;

    /// <summary>Splits the key <c>large language model (llms)</c> into its text and its bracketed part.</summary>
    public static bool TrySplitParenthesized(ReadOnlySpan<char> key, out ReadOnlySpan<char> text, out ReadOnlySpan<char> acronym)
    {
        var open = key.IndexOf('(');
        if (open > 0 && key[^1] == ')')
        {
            text = key[..open].Trim();
            acronym = key[(open + 1)..^1].Trim();
            return !text.IsEmpty && !acronym.IsEmpty;
        }

        text = acronym = default;
        return false;
    }

    /// <summary>Whether a raw acronym ends in a plural <c>s</c> (<c>LLMs</c>, <c>GNNs</c>; not <c>NAS</c>).</summary>
    public static bool HasPluralS(ReadOnlySpan<char> label)
    {
        label = label.Trim();
        return label.Length > 2 && label[^1] == 's' && char.IsAsciiLetterUpper(label[^2]);
    }

    /// <summary>Whether a raw label looks like an acronym: one word of 2-10 letters or digits with two or more capitals (<c>VQA</c>, <c>LLMs</c>, <c>MoE</c>, <c>3DGS</c>).</summary>
    public static bool IsAcronymLabel(ReadOnlySpan<char> label)
    {
        label = label.Trim().TrimStart('#');
        if (label.Length is < 2 or > MaxLetters + 1)
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in label)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }

            capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    /// <summary>
    /// Whether the letters of <paramref name="acronymKey"/> (a normalized key, plural <c>s</c> allowed) are spelled by
    /// <paramref name="expansionKey"/>: every word gives a prefix of itself in order (<c>ViT</c> = <c>Vi</c>sion
    /// <c>T</c>ransformer); small words (<c>of</c>, <c>and</c>, ...) may give nothing. With <paramref name="initialsOnly"/>,
    /// each word gives exactly its first letter.
    /// </summary>
    public static bool Spells(ReadOnlySpan<char> acronymKey, ReadOnlySpan<char> expansionKey, bool initialsOnly, bool mayBePlural = true)
    {
        Span<char> letters = stackalloc char[MaxLetters + 2];
        var count = 0;
        foreach (var c in acronymKey)
        {
            if (c == '-' || c == ' ')
            {
                continue;
            }

            if (count == letters.Length || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            letters[count++] = c;
        }

        Span<Range> words = stackalloc Range[MaxWords + 1];
        var wordCount = expansionKey.SplitAny(words, " /", StringSplitOptions.RemoveEmptyEntries);
        if (wordCount is < 2 or > MaxWords || count < 2)
        {
            return false;
        }

        var target = letters[..count];
        return Matches(target, expansionKey, words[..wordCount], initialsOnly)
            || (mayBePlural && target[^1] == 's' && Matches(target[..^1], expansionKey, words[..wordCount], initialsOnly));
    }

    // Depth-first over at most 12 words and 10 letters: each word contributes a prefix (or nothing when it is a small word).
    private static bool Matches(ReadOnlySpan<char> letters, ReadOnlySpan<char> text, ReadOnlySpan<Range> words, bool initialsOnly)
    {
        if (words.IsEmpty)
        {
            return letters.IsEmpty;
        }

        var word = text[words[0]];
        if (IsSmallWord(word) && Matches(letters, text, words[1..], initialsOnly))
        {
            return true;
        }

        var longest = initialsOnly ? 1 : Math.Min(word.Length, letters.Length);
        for (var take = 1; take <= longest && take <= letters.Length; take++)
        {
            if (word[take - 1] != letters[take - 1])
            {
                return false;
            }

            if (Matches(letters[take..], text, words[1..], initialsOnly))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words an acronym may skip (<c>of</c> in <c>mixture of experts</c>).</summary>
    public static bool IsSmallWord(ReadOnlySpan<char> word) =>
        word is "of" or "and" or "for" or "the" or "in" or "on" or "with" or "to" or "a" or "an" or "via" or "by" or "&";
}
