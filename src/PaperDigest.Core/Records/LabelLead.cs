using System.Buffers;
using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>
/// A label at the start of a line, found by its shape, not by a vocabulary: a bold run that ends in a colon or
/// stands alone (<c>**作者：**</c>, <c>**Authors**:</c>, <c>**核心总结:**</c>), or a few words before a colon
/// (<c>分类: cs.RO</c>). Any language and any label name; the label table only names what was found.
/// </summary>
internal static class LabelLead
{
    // A label is a name, not a sentence: a few words, or a dozen CJK characters.
    private const int MaxLabelLength = 32;
    private const int MaxLabelWords = 4;
    private static readonly SearchValues<char> NotInLabels = SearchValues.Create("。，,!！?？;；【】《》|=\"“”");

    /// <summary>Finds a label at the start of <paramref name="line"/>.</summary>
    /// <param name="line">One line of a block's text.</param>
    /// <param name="strongLength">The length of a bold run that starts where the line's text starts (after decoration), or 0.</param>
    /// <param name="label">The label without decoration or colon.</param>
    /// <param name="valueStart">Where the value starts in <paramref name="line"/> (its length when the label stands alone).</param>
    /// <returns>Whether the line opens with a label.</returns>
    public static bool TryRead(ReadOnlySpan<char> line, int strongLength, out string label, out int valueStart)
    {
        label = string.Empty;
        valueStart = 0;
        var start = LabelText.SkipDecoration(line, out _);
        if (start >= line.Length)
        {
            return false;
        }

        return strongLength > 0
            ? TryReadStrong(line, start, Math.Min(start + strongLength, line.Length), ref label, ref valueStart)
            : TryReadPlain(line, start, ref label, ref valueStart);
    }

    private static bool TryReadStrong(ReadOnlySpan<char> line, int start, int strongEnd, ref string label, ref int valueStart)
    {
        var inside = line[start..strongEnd].Trim();
        var colonInside = inside.Length > 0 && IsColon(inside[^1]);
        var after = strongEnd;
        while (after < line.Length && char.IsWhiteSpace(line[after]))
        {
            after++;
        }

        var colonAfter = after < line.Length && IsColon(line[after]);
        if (colonAfter)
        {
            after++;
        }

        var rest = line[after..].Trim();

        // A bold lead followed by text without a colon is a title or a sentence, not a label.
        if (!colonInside && !colonAfter && !rest.IsEmpty)
        {
            return false;
        }

        var name = inside.TrimEnd(":：").Trim();
        if (!IsLabelName(name))
        {
            return false;
        }

        label = name.ToString();
        valueStart = line.Length - line[after..].TrimStart().Length;
        return true;
    }

    private static bool TryReadPlain(ReadOnlySpan<char> line, int start, ref string label, ref int valueStart)
    {
        var text = line[start..];
        var colon = text.IndexOfAny(':', '：');
        if (colon <= 0 || colon > MaxLabelLength)
        {
            return false;
        }

        var value = text[(colon + 1)..];
        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return false; // a URL's scheme
        }

        var name = text[..colon].Trim();
        if (!IsLabelName(name))
        {
            return false;
        }

        // "**作者：**张三" is a bold label CommonMark leaves unparsed (punctuation before the closing marks): they close it.
        label = name.ToString();
        valueStart = line.Length - value.TrimStart().TrimStart("*_").TrimStart().Length;
        return true;
    }

    /// <summary>Whether <paramref name="name"/> can be a label: short, a few words, no sentence punctuation, a letter.</summary>
    internal static bool IsLabelName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > MaxLabelLength || name.IndexOfAny(NotInLabels) >= 0 || name.Count(' ') >= MaxLabelWords)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                return !name.StartsWith("http", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    internal static bool IsColon(char c) => c is ':' or '：';
}
