namespace PaperDigest.Blocks;

/// <summary>Which front end read a document into blocks.</summary>
public enum FrontEndKind
{
    /// <summary>Plain text: one block per line, classified by its shape (no Markdown headings from <c>#tag</c> lines).</summary>
    Text,

    /// <summary>Markdown through Markdig, with YAML front matter, pipe tables and raw HTML blocks.</summary>
    Markdown,

    /// <summary>An HTML page through AngleSharp (no scripts, no loading), with source positions.</summary>
    Html,
}
