namespace PaperDigest.Parsing;

/// <summary>Recognizes arXiv identifiers: new style <c>2507.02754</c> (with an optional <c>v2</c>) and old style <c>cs/0112017</c>.</summary>
internal static class ArxivId
{
    /// <summary>The abstract page of an arXiv id (<c>https://arxiv.org/abs/2512.15052v1</c>).</summary>
    public static string AbsUrl(string id) => "https://arxiv.org/abs/" + id;

    /// <summary>An arXiv id without its version suffix (<c>2512.15258v1</c> to <c>2512.15258</c>): one paper, any version.</summary>
    public static ReadOnlySpan<char> WithoutVersion(ReadOnlySpan<char> id)
    {
        var end = id.Length;
        while (end > 0 && char.IsAsciiDigit(id[end - 1]))
        {
            end--;
        }

        return end < id.Length && end > 1 && id[end - 1] is 'v' or 'V' ? id[..(end - 1)] : id;
    }

    /// <summary>The length of the arXiv id at the start of <paramref name="text"/>, or 0.</summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        var length = NewStyle(text);
        if (length == 0)
        {
            length = OldStyle(text);
        }

        if (length == 0)
        {
            return 0;
        }

        // Optional version suffix: v1, v12.
        if (length + 1 < text.Length && text[length] == 'v' && char.IsAsciiDigit(text[length + 1]))
        {
            length++;
            while (length < text.Length && char.IsAsciiDigit(text[length]))
            {
                length++;
            }
        }

        return length;
    }

    // YYMM.NNNN or YYMM.NNNNN
    private static int NewStyle(ReadOnlySpan<char> text)
    {
        if (text.Length < 9 || !Digits(text[..4]) || text[4] != '.')
        {
            return 0;
        }

        var digits = 0;
        while (5 + digits < text.Length && digits < 5 && char.IsAsciiDigit(text[5 + digits]))
        {
            digits++;
        }

        return digits >= 4 ? 5 + digits : 0;
    }

    // archive(.subject)/YYMMNNN, e.g. hep-th/9901001 or cs.CL/0112017
    private static int OldStyle(ReadOnlySpan<char> text)
    {
        var slash = text[..Math.Min(text.Length, 16)].IndexOf('/');
        if (slash < 2 || text.Length < slash + 8 || !Digits(text.Slice(slash + 1, 7)))
        {
            return 0;
        }

        foreach (var c in text[..slash])
        {
            if (!(char.IsAsciiLetter(c) || c is '-' or '.'))
            {
                return 0;
            }
        }

        return slash + 8;
    }

    private static bool Digits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
