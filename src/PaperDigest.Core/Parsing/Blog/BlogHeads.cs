namespace PaperDigest.Parsing.Blog;

/// <summary>
/// Where a blog compilation's sections start: <c>#Word</c> lines (the compilation's own style), or, in a document
/// without them, numbered title lines that a rule or a metadata line follows (<c>1. Transformer</c> over
/// <c>---</c> and <c>&gt; **论文名称**：…</c>, a Setext heading as clippers save it).
/// </summary>
internal static class BlogHeads
{
    private const int MaxTitleLength = 60;

    public static List<int> Find(LineTable lines, int first)
    {
        var hashHeads = new List<int>();
        var numbered = new List<int>();
        for (var i = first; i < lines.Count; i++)
        {
            if (LineShape.StartsWithHashWord(lines[i]))
            {
                hashHeads.Add(i);
            }
            else if (IsNumberedTitle(lines[i]) && lines.NextNonBlank(i + 1) is var next && next < lines.Count && IntroducesPaper(lines[next]))
            {
                numbered.Add(i);
            }
        }

        return hashHeads.Count > 0 ? hashHeads : numbered;
    }

    /// <summary>A short numbered title line: <c>1. Transformer</c>, <c>12、GPT-3</c>.</summary>
    public static bool IsNumberedTitle(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        var digits = text.IndexOfAnyExceptInRange('0', '9');
        return digits is > 0 and <= 3 && digits + 1 < text.Length && text[digits] is '.' or '、'
            && LineShape.IsTitleLike(text[(digits + 1)..], MaxTitleLength) && !text[(digits + 1)..].Trim().IsEmpty;
    }

    /// <summary>The section's title without its <c>#</c> or number; the number when it had one.</summary>
    public static string Title(ReadOnlySpan<char> line, out int? number)
    {
        number = null;
        var text = line.Trim();
        var digits = text.IndexOfAnyExceptInRange('0', '9');
        if (!LineShape.StartsWithHashWord(text) && IsNumberedTitle(text))
        {
            number = int.Parse(text[..digits], System.Globalization.CultureInfo.InvariantCulture);
            return text[(digits + 1)..].Trim().ToString();
        }

        var paper = BlogPaperList.TitleOf(text);
        return paper.IsEmpty ? text.TrimStart("#＃").Trim().ToString() : paper.ToString();
    }

    // A rule under the title (a Setext underline) or the paper's metadata right away.
    private static bool IntroducesPaper(ReadOnlySpan<char> line) =>
        MarkdownLine.KindOf(line, out _, out _) == MarkdownLineKind.Rule || BlogMetadata.TryMatch(line, out _, out _);
}
