namespace PaperDigest.Parsing.Article;

/// <summary>
/// Reads one long article in plain paragraphs: one entry whose body is the text. The title comes from a
/// title line when there is one (a short first line followed by prose); otherwise it stays empty, never invented.
/// </summary>
/// <remarks>
/// Detection scores prose without structure at most 0.5, so any layout with structure wins over it, and
/// two or three short lines stay below the threshold and read as unknown.
/// </remarks>
public sealed class ArticleParser : IDigestParser
{
    private const int ParagraphLength = 80;
    private const int MaxTitleLength = 60;
    private const int LongProse = 300;

    /// <inheritdoc />
    public DigestFormat Format => DigestFormat.Article;

    /// <inheritdoc />
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        int lines = 0, prose = 0, structured = 0, characters = 0;
        foreach (var line in sample.EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            lines++;
            characters += line.Length;
            prose += IsProse(line) ? 1 : 0;
            structured += LineShape.StartsWithHashWord(line) || MarkdownLine.KindOf(line, out _, out _) is MarkdownLineKind.Heading or MarkdownLineKind.Bullet ? 1 : 0;
        }

        if (prose == 0)
        {
            return FormatScore.None($"{lines} lines, none of them prose");
        }

        // Long prose only: a couple of sentences is not an article.
        var length = Math.Min(1.0, (double)characters / LongProse);
        var score = structured > 0 ? 0.2 : (0.3 + (0.2 * prose / lines)) * length;
        return new FormatScore(score, $"{prose} of {lines} lines are prose paragraphs, {structured} structured lines, {characters} characters");
    }

    /// <inheritdoc />
    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        var first = lines.NextNonBlank(0);
        var last = lines.LastNonBlank(lines.Count - 1);

        if (first > last)
        {
            return;
        }

        string? title = null;
        var bodyStart = first;
        var second = lines.NextNonBlank(first + 1);
        if (second <= last && LineShape.IsTitleLike(lines[first], MaxTitleLength) && IsProse(lines[second])
            && lines[second].Trim().Length > 2 * lines[first].Trim().Length)
        {
            title = LabelText.StripMarkdown(lines[first]).ToString();
            context.Title = title;
            bodyStart = second;
        }

        context.AddEntry(ProseEntry.Create(context, first, bodyStart, last, title));
    }

    // A paragraph: long, or ending like a sentence (closing quotes and brackets aside).
    private static bool IsProse(ReadOnlySpan<char> line) =>
        line.Length >= ParagraphLength || LineShape.EndsLikeSentence(line.TrimEnd().TrimEnd("”」』)）\"'"));
}
