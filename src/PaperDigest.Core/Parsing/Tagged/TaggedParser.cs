namespace PaperDigest.Parsing.Tagged;

/// <summary>
/// Reads a tagged article collection: a first line of document tags (<c>#論文</c>), then title lines each
/// followed by the whole article on one long line ending in <c>(Publisher)</c>.
/// </summary>
internal sealed class TaggedParser : IDigestParser
{
    /// <summary>A line at least this long is an article body; a shorter one is a title unless it ends in a publisher.</summary>
    private const int MinBodyLength = 200;
    private const int MinPublishedBodyLength = 60;
    private const int MaxTagLineLength = 60;

    /// <inheritdoc />
    public DigestFormat Format => DigestFormat.Tagged;

    /// <inheritdoc />
    /// <remarks>A leading tag line (0.3), two or more title lines followed by long bodies (0.3) and two or more bodies ending in a publisher (0.3).</remarks>
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        bool first = true, tagLine = false, previousShort = false;
        int pairs = 0, publishers = 0, hashLines = 0;
        foreach (var line in sample.EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var isHash = LineShape.StartsWithHashWord(line);
            hashLines += isHash ? 1 : 0;
            if (first)
            {
                tagLine = isHash && line.Trim().Length <= MaxTagLineLength;
                first = false;
                continue;
            }

            var isBody = IsBody(line);
            pairs += isBody && previousShort ? 1 : 0;
            publishers += isBody && TaggedArticleText.TrySplitPublisher(line, out _, out _) ? 1 : 0;
            previousShort = !isBody && !isHash;
        }

        // More '#' lines than the tag line make it a blog's headings rather than a collection.
        // A collection repeats its unit: one title/body pair is a single post, which reads as an article.
        var tenths = (tagLine && hashLines == 1 ? 3 : 0) + (pairs >= 2 ? 3 : 0) + (publishers >= 2 ? 3 : 0);
        var score = tenths / 10.0;
        return new FormatScore(score, $"tag line: {(tagLine ? "yes" : "no")}, {pairs} title/body pairs, {publishers} bodies ending in (publisher)");
    }

    /// <summary>Whether a line is an article body: long, or ending in <c>(Publisher)</c> as bodies do and titles do not.</summary>
    internal static bool IsBody(ReadOnlySpan<char> line)
    {
        var length = line.Trim().Length;
        return length >= MinBodyLength || (length >= MinPublishedBodyLength && TaggedArticleText.TrySplitPublisher(line, out _, out _));
    }

    /// <inheritdoc />
    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RecordDocumentReader.TryReadItems(context, DigestFormat.Tagged))
        {
            return;
        }

        new TaggedReader(context).Read();
    }
}
