using System.Buffers;

namespace PaperDigest.Parsing;

/// <summary>What a line looks like from its length and its last character: a title or label, or running prose.</summary>
internal static class LineShape
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".。!！?？;；:：,，…");

    /// <summary>Whether the (trimmed) line ends like a sentence or clause.</summary>
    /// <param name="line">The line.</param>
    /// <returns><see langword="true"/> when its last character is sentence punctuation.</returns>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return !trimmed.IsEmpty && SentenceEnds.Contains(trimmed[^1]);
    }

    /// <summary>
    /// Whether the line can be a title or a label: non-blank, at most <paramref name="maxLength"/> characters,
    /// not ending like a sentence, no URL.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="maxLength">The longest title accepted.</param>
    /// <returns><see langword="true"/> for a title-like line.</returns>
    public static bool IsTitleLike(ReadOnlySpan<char> line, int maxLength)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && trimmed.Length <= maxLength && !EndsLikeSentence(trimmed)
            && !trimmed.Contains("://", StringComparison.Ordinal);
    }

    /// <summary>Whether the line is a hashtag or a <c>#Heading</c>: a hash (half- or full-width) directly followed by text, unlike Markdown's <c># Title</c>.</summary>
    /// <param name="line">The line.</param>
    /// <returns><see langword="true"/> for <c>#word...</c>.</returns>
    public static bool StartsWithHashWord(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length > 1 && trimmed[0] is '#' or '＃' && !char.IsWhiteSpace(trimmed[1]) && trimmed[1] is not ('#' or '＃');
    }
}
