using PaperDigest.Parsing;

namespace PaperDigest.Blocks;

/// <summary>
/// The plain-text front end: one block per non-blank line, classified by its shape (the line classifier
/// the text layouts use). <c>#tag</c> lines stay text: only <c>#</c> followed by a space is a heading.
/// </summary>
internal static class TextBlockReader
{
    public static BlockDocument Read(string text)
    {
        var lines = LineTable.Build(text);
        var blocks = new List<DigestBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var links = new List<DigestLink>();
            var line = MarkdownLine.Read(lines[i], links);
            var kind = line.Kind switch
            {
                MarkdownLineKind.Blank => (BlockKind?)null,
                MarkdownLineKind.Rule => BlockKind.Rule,
                MarkdownLineKind.Heading => BlockKind.Heading,
                MarkdownLineKind.Bullet => BlockKind.ListItem,
                MarkdownLineKind.Quote => BlockKind.Quote,
                _ when IsBracketedPartLine(line.Text) => BlockKind.Heading,
                _ => BlockKind.Raw,
            };
            if (kind is { } blockKind)
            {
                blocks.Add(new DigestBlock
                {
                    Kind = blockKind,
                    Level = blockKind is BlockKind.ListItem or BlockKind.Quote ? 1 : blockKind == BlockKind.Heading && line.Level == 0 ? BracketedPartLevel : line.Level,
                    // The brackets are the part line's markup, as "##" is a heading's.
                    Text = blockKind == BlockKind.Heading && line.Level == 0 ? line.Text.Trim()[1..^1].Trim() : line.Text,
                    Links = [.. links.Select(l => new BlockLink(l.Url, l.Url))],
                    Lines = new LineSpan(i + 1, i + 1),
                });
            }
        }

        return new BlockDocument(FrontEndKind.Text, blocks, DocumentMetadata.None);
    }

    // "【今日要闻】" alone on its line: plain text marks its parts with lenticular brackets where Markdown has "##", and the
    // items under it follow without a blank line, so the line must stand alone as a heading does.
    private const int BracketedPartLevel = 2;

    private const int MaxBracketedPart = 24;

    private static bool IsBracketedPartLine(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length > 2 && text.Length <= MaxBracketedPart + 2 && text[0] == '【' && text[^1] == '】' && text[1..^1].IndexOfAny('【', '】') < 0
            && !text[1..^1].IsWhiteSpace();
    }
}
