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
                _ => BlockKind.Raw,
            };
            if (kind is { } blockKind)
            {
                blocks.Add(new DigestBlock
                {
                    Kind = blockKind,
                    Level = blockKind is BlockKind.ListItem or BlockKind.Quote ? 1 : line.Level,
                    Text = line.Text,
                    Links = [.. links.Select(l => new BlockLink(l.Url, l.Url))],
                    Lines = new LineSpan(i + 1, i + 1),
                });
            }
        }

        return new BlockDocument(FrontEndKind.Text, blocks, DocumentMetadata.None);
    }
}
