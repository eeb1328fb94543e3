using PaperDigest.Internals;

namespace PaperDigest.Parsing.Brief;

/// <summary>
/// Splits a brief item's text into topic label, title and description: <c>推理 标题</c>, <c>【推理】标题</c>,
/// <c>[推理] 标题</c>, and the "more" form <c>标题 检索描述。链接</c> where the label is glued to the
/// description and only the label vocabulary tells where it ends.
/// </summary>
internal static class BriefItemSplitter
{
    private const int MaxOwnLabelLength = 8;
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("，。,.!?！？");
    private static readonly string[] LinkAnchors = ["链接", "連結", "鏈接", "link", "Link"];

    /// <summary>A label at the start: bracketed, known, or (when <paramref name="allowUnknown"/>) a short first word.</summary>
    public static bool TryLeadingLabel(ReadOnlySpan<char> text, TopicLabelMatcher labels, bool allowUnknown, out string label, out string rest)
    {
        label = rest = "";
        if (TryBracket(text, out var inside, out var after))
        {
            (label, rest) = (inside.ToString(), Clean(after));
            return true;
        }

        var known = labels.MatchLength(text);
        if (known > 0 && (known == text.Length || IsLabelEnd(text[known])))
        {
            (label, rest) = (text[..known].ToString(), Clean(text[known..]));
            return true;
        }

        var space = text.IndexOfAny(' ', '\u3000', '\t');
        // A short first word is a label; one ending in a colon is a title's name ("FRAPPE: Infusing …"). Chinese
        // is written without spaces, so a space there sets a label apart; between Latin words it is only a space
        // ("Dense attention" is a title), so a Latin word followed by Latin text is no label.
        if (allowUnknown && space is > 0 and <= MaxOwnLabelLength && text[..space].IndexOfAny(SentencePunctuation) < 0 && text[space - 1] is not (':' or '：')
            && IsChineseAt(text[..space], text[space..].TrimStart()))
        {
            (label, rest) = (text[..space].ToString(), Clean(text[space..]));
            return true;
        }

        return false;
    }

    private static bool IsChineseAt(ReadOnlySpan<char> word, ReadOnlySpan<char> after) =>
        HanText.ContainsHan(word) || (!after.IsEmpty && HanText.IsHan(after[0]));

    /// <summary>
    /// Splits <c>标题 标签描述</c>: the first white space (or bracket) followed by a known label ends the title.
    /// A label glued to the text after it (the brief's own style) wins over one followed by a space, so an
    /// English title that merely contains a label word ("with Agent feedback") is not cut there.
    /// </summary>
    public static bool TrySplitGlued(ReadOnlySpan<char> text, TopicLabelMatcher labels, out string title, out string label, out string description) =>
        TrySplit(text, labels, requireGlued: true, out title, out label, out description)
        || TrySplit(text, labels, requireGlued: false, out title, out label, out description);

    private static bool TrySplit(ReadOnlySpan<char> text, TopicLabelMatcher labels, bool requireGlued, out string title, out string label, out string description)
    {
        title = label = description = "";
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            var isGap = char.IsWhiteSpace(c);
            if ((!isGap && c is not ('【' or '[' or '〔')) || (isGap && char.IsWhiteSpace(text[i - 1])))
            {
                // Only the first space of a run is a gap: the rest would try the same text again.
                continue;
            }

            var after = isGap ? text[(i + 1)..].TrimStart() : text[i..];
            ReadOnlySpan<char> inside, rest;
            if (!TryBracket(after, out inside, out rest))
            {
                var length = labels.MatchLength(after);
                if (length == 0 || (requireGlued && (length == after.Length || char.IsWhiteSpace(after[length]))))
                {
                    continue;
                }

                inside = after[..length];
                rest = after[length..];
            }

            title = text[..i].Trim().ToString();
            label = inside.ToString();
            description = StripLinkAnchor(rest.Trim()).ToString();
            return title.Length > 0;
        }

        return false;
    }

    /// <summary>The text without a trailing link anchor (<c>。链接</c> keeps its <c>。</c>).</summary>
    public static ReadOnlySpan<char> StripLinkAnchor(ReadOnlySpan<char> text)
    {
        foreach (var anchor in LinkAnchors)
        {
            if (text.EndsWith(anchor, StringComparison.Ordinal) && text.Length > anchor.Length)
            {
                return text[..^anchor.Length].TrimEnd();
            }
        }

        return text;
    }

    /// <summary>A topic in brackets before the title (<c>[评测] title</c>, <c>【推理】title</c>); no other label form.</summary>
    public static bool TryBracketLabel(ReadOnlySpan<char> text, out string label, out string rest)
    {
        label = rest = "";
        if (!TryBracket(text, out var inside, out var after))
        {
            return false;
        }

        (label, rest) = (inside.ToString(), Clean(after));
        return true;
    }

    /// <summary>Whether the text is a title ending in a known topic label after a space (<c>7%的数据… 训练优化</c>).</summary>
    public static bool EndsWithLabel(ReadOnlySpan<char> text, TopicLabelMatcher labels) => TrailingLabelStart(text, labels) > 0;

    /// <summary>Where a trailing topic label starts (after the space before it), or -1; labels of up to three words.</summary>
    public static int TrailingLabelStart(ReadOnlySpan<char> text, TopicLabelMatcher labels)
    {
        var end = text.TrimEnd().Length;
        var at = end;
        for (var words = 0; words < 3; words++)
        {
            at = text[..at].LastIndexOfAny(' ', '\u3000');
            if (at <= 0)
            {
                return -1;
            }

            if (labels.Contains(text[(at + 1)..end]))
            {
                return at + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Splits <c>title（topic）：description</c>, a topic in parentheses right before a colon; <see langword="false"/>
    /// when the line has no such group (a parenthesis inside a title, <c>(MLLMs)</c>, is no topic: no colon follows it).
    /// </summary>
    public static bool TrySplitParenthesizedTopic(ReadOnlySpan<char> text, out string title, out string label, out string description)
    {
        title = label = description = "";
        for (var close = text.IndexOfAny('）', ')'); close > 0 && close + 1 < text.Length; close = Next(text, close))
        {
            if (text[close + 1] is not (':' or '：'))
            {
                continue;
            }

            var open = text[..close].LastIndexOfAny('（', '(');
            if (open > 0 && close - open - 1 is > 0 and <= MaxParenthesizedLabelLength)
            {
                (title, label, description) = (text[..open].Trim().ToString(), text[(open + 1)..close].Trim().ToString(), text[(close + 2)..].Trim().ToString());
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> text, int at) => text[(at + 1)..].IndexOfAny('）', ')') is var next and >= 0 ? at + 1 + next : -1;
    }

    /// <summary>
    /// The title a list item leads with in bold or as a link (<c>- **[title](url)** — text</c>, <c>- **Name**: text</c>),
    /// or <see langword="null"/>.
    /// </summary>
    public static string? LeadTitle(ReadOnlySpan<char> rawLine)
    {
        var text = rawLine.TrimStart().TrimStart("-*+•· ").TrimStart();
        if (text.StartsWith("**", StringComparison.Ordinal) && text[2..].IndexOf("**", StringComparison.Ordinal) is var close and > 0)
        {
            text = text[2..(close + 2)];
        }
        else if (!text.StartsWith('['))
        {
            return null;
        }

        var linkEnd = text.IndexOf("](", StringComparison.Ordinal);
        var title = text.StartsWith('[') && linkEnd > 1 ? text[1..linkEnd] : text;
        return title.Trim().Length > 0 ? title.Trim().ToString() : null;
    }

    private const int MaxParenthesizedLabelLength = 16;

    private static bool TryBracket(ReadOnlySpan<char> text, out ReadOnlySpan<char> inside, out ReadOnlySpan<char> after)
    {
        inside = after = default;
        if (text.IsEmpty || text[0] is not ('【' or '[' or '〔'))
        {
            return false;
        }

        // A label is short: the closing bracket is looked for only that far, not to the end of a long line.
        var close = text[..Math.Min(text.Length, MaxOwnLabelLength + 2)].IndexOfAny("】]〕");
        if (close is < 2 or > MaxOwnLabelLength + 1)
        {
            return false;
        }

        inside = text[1..close].Trim();
        after = text[(close + 1)..];
        return !inside.IsEmpty;
    }

    private static bool IsLabelEnd(char c) => char.IsWhiteSpace(c) || c is '·' or '|' or '｜' or '-' or '—' or ':' or '：' or '】' or ']';

    private static string Clean(ReadOnlySpan<char> text) => text[BriefMarkers.SkipItemSeparators(text)..].Trim().ToString();
}
