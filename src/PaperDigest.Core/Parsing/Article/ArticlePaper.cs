namespace PaperDigest.Parsing.Article;

/// <summary>
/// The paper an article or post is about, as its labelled lines name it: <c>论文标题：…</c>, <c>📝 论文标题：…</c>,
/// <c>- 论文地址：https://arxiv.org/…</c>, <c>🔗 論文：arxiv.org/abs/…</c>, or a memo line <c>📝 Title</c> in a
/// post's closing paper block.
/// </summary>
internal static class ArticlePaper
{
    private const string MemoMark = "📝";

    /// <summary>Whether the line names a paper's title, link or code by label (<c>论文标题：</c>, <c>论文地址：</c>, <c>代码：</c>).</summary>
    /// <remarks>The label must carry a value (<c>开源代码:, 代码:, …</c> in a README lists labels, it names no paper).</remarks>
    public static bool IsPaperLine(ReadOnlySpan<char> line) =>
        LabelTable.TryMatch(line, LabelGroups.PaperLinks, out var label) && label.HadColon
        && label.Role is LabelRole.PaperTitle or LabelRole.PaperLink or LabelRole.CodeLink
        && LabelText.HasValue(line[label.ContentStart..]);

    /// <summary>The paper title the lines give by label, else by a memo line; <see langword="null"/> when none.</summary>
    public static string? FindTitle(LineTable lines, int first, int last)
    {
        string? memo = null;
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            if (LabelTable.TryMatch(line, LabelGroups.PaperLinks, out var label) && label.HadColon && LabelledPaperTitle.Of(label, line[label.ContentStart..]) is { } title)
            {
                return title;
            }

            var text = line.Trim();
            if (memo is null && text.StartsWith(MemoMark, StringComparison.Ordinal) && LineShape.IsTitleLike(text[MemoMark.Length..], 200))
            {
                memo = LabelText.StripMarkdown(text[MemoMark.Length..]).ToString();
            }
        }

        return memo is { Length: > 0 } ? memo : null;
    }

    /// <summary>The authors a labelled line names (<c>👤 作者：A, B（百度、清华大学）</c>, affiliations in brackets dropped).</summary>
    public static string[] FindAuthors(LineTable lines, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            if (LineShape.IsTitleLike(line, MaxAuthorLineLength) && LabelTable.TryMatch(line, LabelGroups.PaperHead, out var label)
                && label.HadColon && label.Role == LabelRole.Authors)
            {
                var value = line[label.ContentStart..].Trim();

                // "作者：李雷 ｜ 来源：AI前线": a bar closes the field, and another one follows it.
                value = value.IndexOfAny('|', '｜') is var bar and > 0 ? value[..bar].TrimEnd() : value;
                var affiliation = value.IndexOfAny('（', '(');
                return AuthorNames.Split(AuthorNames.WithoutEtAlText(affiliation > 0 ? value[..affiliation] : value).ToString());
            }
        }

        return [];
    }

    /// <summary>
    /// Notes on one paper open with its head: the title, then a block of a few lines that names the paper's id
    /// (<c>arXiv:2410.24164</c>) and lists its authors without a label. Where the head names an id, the title is the
    /// paper's, and the head line that reads as two or more names is its authors.
    /// </summary>
    /// <returns>Whether the head names a paper; <paramref name="authors"/> is empty when no line lists names.</returns>
    public static bool TryReadHead(LineTable lines, int bodyStart, int last, out string[] authors)
    {
        authors = [];
        var namesId = false;
        var end = Math.Min(last, bodyStart + MaxHeadLines - 1);
        for (var i = bodyStart; i <= end; i++)
        {
            var line = lines[i].Trim().TrimStart('>').Trim();
            if (line.IsEmpty || MarkdownLine.KindOf(lines[i], out _, out _) is MarkdownLineKind.Heading or MarkdownLineKind.Rule)
            {
                break;
            }

            namesId |= HasArxivId(line);
            if (authors.Length == 0 && !HasArxivId(line) && Records.SlotContent.TryReadAuthors(LabelText.StripMarkdown(line), out var names))
            {
                authors = names;
            }
        }

        return namesId;
    }

    // "arXiv:2410.24164", "arXiv 2410.24164v2": the id after its prefix.
    private static bool HasArxivId(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && ArxivId.Length(line[(at + 5)..].TrimStart(": ：")) > 0;
    }

    private const int MaxHeadLines = 6;

    /// <summary>
    /// A post's hashtag line (<c>#AI #强化学习 #Agent</c>) as the last or first line, whose labels are the document's tags;
    /// -1 when there is none.
    /// </summary>
    public static int FindTagLine(LineTable lines, int first, int last)
    {
        foreach (var i in (ReadOnlySpan<int>)[last, first])
        {
            var line = lines[i].Trim();
            if (LineShape.StartsWithHashWord(line) && line.Count('#') + line.Count('＃') >= 2)
            {
                return i;
            }
        }

        return -1;
    }

    private const int MaxAuthorLineLength = 400;
}
