namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// A catalog section header: <c>&lt;category&gt;&lt;count&gt; 篇</c>, e.g. <c>推理与思维链169 篇</c>. Also read:
/// a space before the count, full-width digits, Markdown heading marks or bold around it, <c>(共 169 篇)</c>,
/// and extra text after the count.
/// </summary>
internal readonly record struct CatalogSectionHeader(string Title, int? Count, bool IsGroup = false)
{
    private const int MaxHeaderLength = 120;
    private const int MaxTitleLength = 40;
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create(",，。.;；!！?？:：");
    private static readonly System.Buffers.SearchValues<char> SentenceEnd = System.Buffers.SearchValues.Create(",，。.;；!！?？");

    public static bool TryParse(ReadOnlySpan<char> line, out CatalogSectionHeader header)
    {
        header = default;
        if (!TryLocate(line, out var titleStart, out var titleEnd, out var count, out var isGroup))
        {
            return false;
        }

        header = new CatalogSectionHeader(line[titleStart..titleEnd].ToString(), count, isGroup);
        return true;
    }

    public static bool IsHeader(ReadOnlySpan<char> line) => TryLocate(line, out _, out _, out _, out _);

    private static bool TryLocate(ReadOnlySpan<char> line, out int titleStart, out int titleEnd, out int count, out bool isGroup)
    {
        titleStart = titleEnd = count = 0;
        isGroup = false;
        if (line.Length > MaxHeaderLength)
        {
            return false;
        }

        var unit = line.IndexOf('篇');
        if (unit <= 0)
        {
            return false;
        }

        var digitsEnd = unit;
        while (digitsEnd > 0 && char.IsWhiteSpace(line[digitsEnd - 1]))
        {
            digitsEnd--;
        }

        var digitsStart = digitsEnd;
        while (digitsStart > 0 && DigitValue(line[digitsStart - 1]) >= 0)
        {
            digitsStart--;
        }

        if (digitsStart == digitsEnd || digitsEnd - digitsStart > 7)
        {
            return false;
        }

        foreach (var c in line[digitsStart..digitsEnd])
        {
            count = (count * 10) + DigitValue(c);
        }

        titleStart = 0;
        while (titleStart < digitsStart && (line[titleStart] is '#' or '*' or '>' || char.IsWhiteSpace(line[titleStart])))
        {
            titleStart++;
        }

        // A Markdown heading is no field line: an emoji before its title is decoration ("## 🔬 支柱九 (14 篇)").
        var heading = line[0] == '#' && titleStart > 0;
        if (heading)
        {
            titleStart += LabelText.SkipDecoration(line[titleStart..digitsStart], out _);
        }

        titleEnd = digitsStart;
        while (titleEnd > titleStart && (char.IsWhiteSpace(line[titleEnd - 1]) || line[titleEnd - 1] is '(' or '（' or '共' or ':' or '：' or '-' or '·' or '|' or '*'))
        {
            titleEnd--;
        }

        // What follows the unit: nothing, a closing bracket, or a group's sub-section count ("· 9 个细分").
        // Only then may the title hold a colon ("应用: CV/音频/语言等 107 篇 · 9 个细分").
        var trailing = Trailing(line[(unit + 1)..], out isGroup);
        return titleEnd > titleStart && titleEnd - titleStart <= MaxTitleLength && IsTitle(line[titleStart..titleEnd], allowColon: trailing || heading);
    }

    // Whether the text after the count unit closes the header cleanly; isGroup for "· K 个细分"-style suffixes.
    private static bool Trailing(ReadOnlySpan<char> rest, out bool isGroup)
    {
        isGroup = false;
        rest = rest.Trim().TrimStart(")）]】*").Trim();
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] is not ('·' or '•' or '|' or '｜' or '/' or ',' or '，' or '、'))
        {
            return false;
        }

        rest = rest[1..].Trim();
        var digits = 0;
        while (digits < rest.Length && DigitValue(rest[digits]) >= 0)
        {
            digits++;
        }

        var unit = rest[digits..].Trim();
        isGroup = digits > 0 && unit.Length is > 0 and <= 6 && !unit.ContainsAnyInRange('0', '9') && unit.IndexOfAny(SentencePunctuation) < 0;
        return isGroup;
    }

    // A category name: no sentence punctuation, not led by an emoji (that is a field line with a number in it).
    private static bool IsTitle(ReadOnlySpan<char> title, bool allowColon)
    {
        LabelText.SkipDecoration(title, out var hadSymbol);
        return !hadSymbol && HasLetter(title) && (allowColon ? title.IndexOfAny(SentenceEnd) : title.IndexOfAny(SentencePunctuation)) < 0;
    }

    // "275 / 275 篇论文可见" counts papers; it names no category.
    private static bool HasLetter(ReadOnlySpan<char> title)
    {
        foreach (var c in title)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };
}
