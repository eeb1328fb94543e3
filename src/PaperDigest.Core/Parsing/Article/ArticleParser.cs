namespace PaperDigest.Parsing.Article;

/// <summary>
/// Reads one long article in plain paragraphs: one entry whose body is the text. The title comes from a
/// title line when there is one (a short first line followed by prose); otherwise it stays empty, never invented.
/// </summary>
/// <remarks>
/// Detection scores prose without structure at most 0.5, so any layout with structure wins over it, and
/// two or three short lines stay below the threshold and read as unknown.
/// </remarks>
internal sealed class ArticleParser : IDigestParser
{
    private const int ParagraphLength = 80;
    private const int MaxTitleLength = 60;
    private const int LongProse = 300;

    // A paper's title and link lines (论文标题, 论文地址, code): more than this is a compilation.
    private const int MaxPaperLines = 4;

    /// <inheritdoc />
    public DigestFormat Format => DigestFormat.Article;

    /// <inheritdoc />
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        int lines = 0, prose = 0, structured = 0, characters = 0, bylines = 0, paperLabels = 0;
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
            bylines += lines <= Blocks.Byline.SearchLines && Blocks.Byline.IsMediaLine(line) ? 1 : 0;
            paperLabels += ArticlePaper.IsPaperLine(line) ? 1 : 0;
        }

        if (prose == 0)
        {
            return FormatScore.None($"{lines} lines, none of them prose");
        }

        // Long prose, less so the more of it is lists and headings; then positive evidence: a media byline under
        // the title, or one paper named by its labelled lines (a compilation names many).
        var length = Math.Min(1.0, (double)characters / LongProse);
        var score = (0.3 + (0.2 * prose / lines)) * length * (1 - ((double)structured / lines));
        score += (bylines > 0 ? 0.3 : 0) + (paperLabels is > 0 and <= MaxPaperLines ? 0.2 : 0);
        return new FormatScore(Math.Min(score, 1), $"{prose} of {lines} lines are prose paragraphs, {structured} structured lines, {characters} characters, {bylines} byline lines, {paperLabels} paper lines");
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
        if (MarkdownLine.KindOf(lines[first], out var level, out _) == MarkdownLineKind.Heading && level <= 2
            || (second <= last && LineShape.IsTitleLike(lines[first], MaxTitleLength) && IsProse(lines[second])
                && lines[second].Trim().Length > 2 * lines[first].Trim().Length))
        {
            // A leading "# Title" (a Markdown or Setext heading), or a short line over prose.
            title = LabelText.StripMarkdown(lines[first]).ToString();
            bodyStart = second <= last ? second : first;
        }

        // Front matter names the article as its author or clipper saved it.
        title = context.Metadata is { Lines: not null, Title: { Length: > 0 } saved } ? saved : title;
        context.Title ??= title;

        // A post's closing (or opening) hashtag line tags the document, not the text (a single tagged post is an article).
        var tagLine = ArticlePaper.FindTagLine(lines, bodyStart, last);
        if (tagLine >= 0)
        {
            var labels = new List<string>();
            TagSplitter.Split(lines[tagLine], labels);
            foreach (var label in labels)
            {
                context.Tags.Add(DigestTag.FromLabel(label));
            }
        }

        // The body leaves the tag line out; the entry's span still covers it.
        var bodyLast = tagLine >= 0 && tagLine == last ? lines.LastNonBlank(last - 1) : last;
        bodyStart = tagLine >= 0 && tagLine == bodyStart ? lines.NextNonBlank(bodyStart + 1) : bodyStart;
        var entry = ProseEntry.Create(context, first, bodyStart, bodyLast, title);
        var authors = ArticlePaper.FindAuthors(lines, bodyStart, bodyLast);

        // Notes on one paper: a head under the title that names the paper's id makes the title the paper's.
        if (title is not null && bodyStart > first && ArticlePaper.TryReadHead(lines, bodyStart, bodyLast, out var headAuthors))
        {
            entry = entry with { PaperTitle = entry.PaperTitle ?? title };
            authors = authors.Length > 0 ? authors : headAuthors;
        }

        context.AddEntry(entry with
        {
            Span = new LineSpan(first + 1, last + 1),
            Publisher = Blocks.Byline.Find(lines, first + 1)?.Publisher,
            Authors = authors,
        });
    }

    // A paragraph: long, or ending like a sentence (closing quotes and brackets aside).
    private static bool IsProse(ReadOnlySpan<char> line) =>
        line.Length >= ParagraphLength || LineShape.EndsLikeSentence(line.TrimEnd().TrimEnd("”」』)）\"'"));
}
