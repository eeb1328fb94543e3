namespace PaperDigest.Parsing;

/// <summary>The block a line of plain or Markdown text forms.</summary>
internal enum MarkdownLineKind
{
    /// <summary>Empty or white space.</summary>
    Blank,

    /// <summary>A thematic break: <c>---</c>, <c>***</c>, <c>___</c>.</summary>
    Rule,

    /// <summary>An ATX heading: <c># Title</c> (one to six marks, then a space).</summary>
    Heading,

    /// <summary>A list item: <c>- </c>, <c>* </c>, <c>+ </c>, <c>• </c>, <c>· </c>.</summary>
    Bullet,

    /// <summary>A block quote: <c>&gt; </c>.</summary>
    Quote,

    /// <summary>Any other text.</summary>
    Text,
}
