namespace PaperDigest.Blocks;

/// <summary>What a <see cref="DigestBlock"/> is.</summary>
public enum BlockKind
{
    /// <summary>A plain line or run of text with no known structure (the text front end's ordinary lines).</summary>
    Raw,

    /// <summary>A heading; <see cref="DigestBlock.Level"/> is 1 to 6.</summary>
    Heading,

    /// <summary>A paragraph.</summary>
    Paragraph,

    /// <summary>A list item; <see cref="DigestBlock.Level"/> is its nesting depth, from 1.</summary>
    ListItem,

    /// <summary>A quoted paragraph; <see cref="DigestBlock.Level"/> is the quote depth, from 1.</summary>
    Quote,

    /// <summary>Code (fenced, indented or <c>&lt;pre&gt;</c>), verbatim.</summary>
    Code,

    /// <summary>A table row; <see cref="DigestBlock.Cells"/> holds its cells.</summary>
    TableRow,

    /// <summary>A thematic break (<c>---</c>, <c>&lt;hr&gt;</c>).</summary>
    Rule,
}
