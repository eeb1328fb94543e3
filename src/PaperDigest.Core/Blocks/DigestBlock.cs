namespace PaperDigest.Blocks;

/// <summary>
/// One structural unit of a document as a front end read it: a heading, paragraph, list item, quote,
/// code block, table row, rule or raw line, with its plain text, links, bold spans and the lines of the
/// original input it came from. Every front end (text, Markdown, HTML) emits the same blocks.
/// </summary>
public sealed record DigestBlock
{
    /// <summary>What the block is.</summary>
    public required BlockKind Kind { get; init; }

    /// <summary>Heading level (1-6), list or quote depth (from 1); 0 for other blocks.</summary>
    public int Level { get; init; }

    /// <summary>The block's plain text: markup removed, link texts kept, line breaks inside the block as <c>\n</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The number of an ordered list item (<c>3.</c> is 3); <see langword="null"/> for other blocks.</summary>
    public int? Number { get; init; }

    /// <summary>The input lines the block came from (1-based, inclusive), in the original input.</summary>
    public LineSpan Lines { get; init; }

    /// <summary>Inline links in order.</summary>
    public IReadOnlyList<BlockLink> Links { get; init; } = [];

    /// <summary>
    /// Images in this block (or in an image-only paragraph right after it): alt text and address, with the offset in
    /// <see cref="Text"/> where each stands. Their alt text is not part of <see cref="Text"/>; the block's written text
    /// shows each as <c>![alt](url)</c>, so an entry keeps it as a link of kind <see cref="LinkKind.Image"/>.
    /// </summary>
    public IReadOnlyList<BlockLink> Images { get; init; } = [];

    /// <summary>Strong (bold) runs of <see cref="Text"/> as (start, length) offsets: labels such as <c>**论文链接**：</c>.</summary>
    public IReadOnlyList<(int Start, int Length)> Strong { get; init; } = [];

    /// <summary>The cells of a <see cref="BlockKind.TableRow"/> (plain text); empty otherwise.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>Whether the row is a table's header row.</summary>
    public bool IsHeaderRow { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}{(Level > 0 ? Level : string.Empty)} {Lines.StartLine}-{Lines.EndLine}: {Text}";
}
