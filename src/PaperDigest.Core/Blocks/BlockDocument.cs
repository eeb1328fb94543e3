namespace PaperDigest.Blocks;

/// <summary>A document as blocks: what every layout parser can read, whichever front end made it.</summary>
/// <param name="FrontEnd">The front end that read the input.</param>
/// <param name="Blocks">The blocks in document order.</param>
/// <param name="Metadata">Front matter or <c>&lt;head&gt;</c> metadata (<see cref="DocumentMetadata.None"/> when there is none).</param>
public sealed record BlockDocument(FrontEndKind FrontEnd, IReadOnlyList<DigestBlock> Blocks, DocumentMetadata Metadata)
{
    /// <summary>What the front end had to cut or repair (an HTML limit), reported by the parse; lines are source lines, named in the message.</summary>
    internal IReadOnlyList<DigestDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The page's grouping elements and the blocks each holds (HTML only; empty for text and Markdown).</summary>
    internal IReadOnlyList<BlockContainer> Containers { get; init; } = [];
}
