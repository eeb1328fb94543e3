using System.Collections.Frozen;

namespace PaperDigest.Parsing.Brief;

/// <summary>The marker lines that open each part of a brief, in Simplified, Traditional and English spellings.</summary>
internal static class BriefMarkers
{
    private static readonly (BriefPart Part, string[] Markers)[] Vocabulary =
    [
        (BriefPart.Overview, ["今日概览", "今日概覽", "概览", "概覽", "今日速览", "今日速覽", "Overview", "Today's overview"]),
        (BriefPart.Featured, ["重点关注", "重點關注", "今日重点", "今日重點", "重点推荐", "重點推薦", "Featured", "Highlights"]),
        (BriefPart.More, ["也值得关注", "也值得關注", "更多值得关注", "更多值得關注", "其他值得关注", "其他值得關注", "More", "Also worth reading"]),
        (BriefPart.Observation, ["今日观察", "今日觀察", "观察", "觀察", "Observation", "Today's observation"]),
    ];

    // Every marker, case-insensitive, looked up by span without allocating.
    private static readonly FrozenDictionary<string, BriefPart>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Vocabulary.SelectMany(v => v.Markers.Select(marker => (marker, v.Part)))
            .ToFrozenDictionary(x => x.marker, x => x.Part, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The part a line opens, if it is a marker (Markdown heading marks and bold allowed around it).</summary>
    public static BriefPart Match(ReadOnlySpan<char> line)
    {
        var text = LabelText.StripMarkdown(line);
        if (text.IsEmpty || text.Length > 24)
        {
            return BriefPart.None;
        }

        return Lookup.TryGetValue(text, out var part) ? part : BriefPart.None;
    }

    /// <summary>
    /// Reads a brief item number at the start of <paramref name="text"/> (<c>01</c>, <c>5.</c>, <c>07、</c>, <c>03 ·</c>);
    /// <paramref name="restStart"/> is where what follows the number and its separators starts.
    /// </summary>
    public static bool TryItemNumber(ReadOnlySpan<char> text, out int number, out int restStart)
    {
        number = 0;
        restStart = 0;
        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits]))
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
