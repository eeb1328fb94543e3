namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// The badge row of a headed paper, between its title and its labelled lines: chips such as the area, a priority
/// pill, the id and hashtags (<c>视觉理解 cs.CV High 2605.04405 #Deepfake Detection #Anomaly Detection</c>), as a
/// page shows them on one line where a text rendering gives each its own.
/// </summary>
internal static class HeadBadges
{
    private const int MaxBadges = 12;
    private const int MaxBadgeLength = 32;
    private static readonly System.Buffers.SearchValues<char> TagSeparators = System.Buffers.SearchValues.Create(";；,，、");
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？!?；;");

    /// <summary>Where the row's hashtags start (a <c>#</c> opening a word, not a heading mark), or -1.</summary>
    public static int TagStart(ReadOnlySpan<char> line)
    {
        for (var i = line.IndexOfAny('#', '＃'); i >= 0 && i + 1 < line.Length; i = Next(line, i))
        {
            if ((i == 0 || char.IsWhiteSpace(line[i - 1])) && !char.IsWhiteSpace(line[i + 1]) && line[i + 1] is not ('#' or '＃'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the line is a badge row followed by more than one tag (<c>视觉理解 High #A #B</c>, <c>视觉 #A; B</c>);
    /// a sentence that happens to hold a <c>#1</c> is not.
    /// </summary>
    public static bool TryFindTags(ReadOnlySpan<char> line, out int tagStart)
    {
        tagStart = line.IndexOfAny('#', '＃') < 1 ? -1 : TagStart(line);
        if (tagStart < 1 || !IsBadgeRow(line[..tagStart]))
        {
            return false;
        }

        // "#A #B" or "#Video; Diffusion; LLM": more than one tag.
        var rest = line[(tagStart + 1)..];
        return TagStart(rest) >= 0 || rest.ContainsAny(TagSeparators);
    }

    /// <summary>Whether the line is a row of short badges (<c>High 2605.04405</c>): a few short words, no sentence.</summary>
    public static bool IsBadgeRow(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.IsEmpty || text.ContainsAny(SentenceEnds) || text.Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }

        var badges = 0;
        foreach (var range in text.Split(' '))
        {
            var length = range.End.GetOffset(text.Length) - range.Start.GetOffset(text.Length);
            if (length > MaxBadgeLength || ++badges > MaxBadges)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The paper's area from its badge row: the row without a badge that repeats the section's title (that one is
    /// the category), so <c>基础/前沿模型 (含LLM) 推理与思维链</c> under <c>推理与思维链</c> gives <c>基础/前沿模型 (含LLM)</c>.
    /// </summary>
    public static string? Area(string? badges, string? sectionTitle)
    {
        if (badges is null || string.IsNullOrEmpty(sectionTitle))
        {
            return badges;
        }

        var at = badges.LastIndexOf(sectionTitle, StringComparison.Ordinal);
        return at > 0 && at + sectionTitle.Length == badges.Length ? badges[..at].Trim() : badges;
    }

    private static int Next(ReadOnlySpan<char> line, int at)
    {
        var next = line[(at + 1)..].IndexOfAny('#', '＃');
        return next < 0 ? -1 : at + 1 + next;
    }
}
