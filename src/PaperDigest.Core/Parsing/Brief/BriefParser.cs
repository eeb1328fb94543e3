namespace PaperDigest.Parsing.Brief;

/// <summary>
/// Reads a daily research brief: a headline; <c>今日概览</c> bullets; <c>重点关注</c> items (number, topic
/// label, title, paragraph, takeaways); <c>也值得关注</c> items (number, title, a topic label glued to a
/// one-line description); a closing <c>今日观察</c>. Also Markdown-wrapped briefs (front matter, headings,
/// bullets, bold, links, rules, quotes) and labels in brackets or on their own line.
/// </summary>
internal sealed class BriefParser : IDigestParser
{
    /// <inheritdoc />
    public DigestFormat Format => DigestFormat.Brief;

    /// <inheritdoc />
    /// <remarks>Counts the distinct part markers (0.2 each) and numbered item lines (0.2 for two or more).</remarks>
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        var parts = 0u;
        var items = 0;
        var partLevel = -1;
        foreach (var line in sample.EnumerateLines())
        {
            var part = BriefMarkers.Match(line);
            var kind = MarkdownLine.KindOf(line, out var level, out _);
            if (part != BriefPart.None)
            {
                parts |= 1u << (int)part;
                partLevel = level;
            }
            else if ((BriefMarkers.TryItemNumber(LabelText.StripMarkdown(line), out _, out var rest) && rest > 0)
                || (partLevel > 0 && kind == MarkdownLineKind.Heading && level > partLevel)
                || (partLevel >= 0 && kind == MarkdownLineKind.Bullet && BriefItemSplitter.LeadTitle(line) is not null))
            {
                // Items: numbered lines, headings under a part's heading, list items led by a bold or linked title.
                items++;
            }
        }

        var distinct = System.Numerics.BitOperations.PopCount(parts);
        var score = (0.2 * distinct) + (items >= 2 && distinct > 0 ? 0.2 : 0);
        return new FormatScore(Math.Min(score, 1), $"{distinct} of 4 brief part markers, {items} numbered items");
    }

    /// <inheritdoc />
    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RecordDocumentReader.TryReadItems(context, DigestFormat.Brief))
        {
            return;
        }

        new BriefReader(context).Read();
    }
}
