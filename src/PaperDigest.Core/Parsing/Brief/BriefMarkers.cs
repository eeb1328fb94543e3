namespace PaperDigest.Parsing.Brief;

/// <summary>The marker lines that open each part of a brief, in Simplified, Traditional and English spellings.</summary>
internal static class BriefMarkers
{
    /// <summary>The part a marker line opens (<c>## 重点关注</c>, <c>**今日观察**</c>): a brief-part label of <see cref="LabelTable"/> alone on its line.</summary>
    public static BriefPart Match(ReadOnlySpan<char> line) =>
        !LabelTable.TryMatch(line, LabelGroups.BriefParts, out var match) ? BriefPart.None : match.Role switch
        {
            LabelRole.Overview => BriefPart.Overview,
            LabelRole.Featured => BriefPart.Featured,
            LabelRole.More => BriefPart.More,
            _ => BriefPart.Observation,
        };

    // Items numbered up to 999,999: a brief of a thousand items or more keeps numbering them (it did stop at 999 and
    // fold every later item into the 999th).
    private const int MaxNumberDigits = 6;

    /// <summary>
    /// Reads a brief item number at the start of <paramref name="text"/> (<c>01</c>, <c>5.</c>, <c>07、</c>, <c>03 ·</c>);
    /// <paramref name="restStart"/> is where what follows the number and its separators starts.
    /// </summary>
    public static bool TryItemNumber(ReadOnlySpan<char> text, out int number, out int restStart)
    {
        number = 0;
        restStart = 0;
        var digits = 0;
        while (digits < text.Length && digits < MaxNumberDigits && char.IsAsciiDigit(text[digits]))
        {
            number = (number * 10) + (text[digits] - '0');
            digits++;
        }

        if (digits == 0 || (digits < text.Length && !IsNumberEnd(text[digits])))
        {
            return false;
        }

        restStart = digits + SkipItemSeparators(text[digits..]);
        return true;
    }

    /// <summary>
    /// The text without a short word before an item number (<c>论文 01：…</c>, <c>Paper 3: …</c>), so the number can be
    /// read; the text itself when no number follows such a word. A number is an item's only when punctuation sets it
    /// off from the title (or nothing follows it), and a Latin word must stand apart from it: <c>GPT 4 beats …</c>
    /// and <c>Qwen3 technical report</c> are titles that name a model, not items 4 and 3.
    /// </summary>
    public static ReadOnlySpan<char> WithoutItemWord(ReadOnlySpan<char> text)
    {
        var digit = text.IndexOfAnyInRange('0', '9');
        if (digit is <= 0 or > MaxItemWordLength + 1)
        {
            return text;
        }

        var word = text[..digit].TrimEnd();
        if (word.IsEmpty)
        {
            return text;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return text;
            }
        }

        var glued = word.Length == digit;
        return (glued && char.IsAsciiLetter(word[^1])) || !IsSetOffNumber(text[digit..]) ? text : text[digit..];
    }

    // Digits followed by separating punctuation (after optional white space), or by nothing.
    private static bool IsSetOffNumber(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart("0123456789").TrimStart();
        return rest.IsEmpty || rest[0] is '.' or '、' or '·' or '|' or '｜' or ')' or '）' or ':' or '：' or '-' or '—' or '–';
    }

    private const int MaxItemWordLength = 6;

    /// <summary>Skips white space and the punctuation that separates number, label and title (<c>.</c>, <c>、</c>, <c>·</c>, <c>|</c>, dashes, colons).</summary>
    public static int SkipItemSeparators(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '.' or '、' or '·' or '|' or '｜' or '-' or '—' or ':' or '：' or ')' or '）'))
        {
            i++;
        }

        return i;
    }

    private static bool IsNumberEnd(char c) => char.IsWhiteSpace(c) || c is '.' or '、' or '·' or '|' or '｜' or ')' or '）' or ':' or '：';
}
