namespace PaperDigest.Blocks;

/// <summary>An inline link of a block: its text, where it points, and where its text starts in the block.</summary>
/// <param name="Text">The link text (may be empty, or equal the target for a bare URL).</param>
/// <param name="Target">The URL as written.</param>
/// <param name="Start">The offset of <paramref name="Text"/> in <see cref="DigestBlock.Text"/>, or -1 when unknown (table cells, the text front end).</param>
public sealed record BlockLink(string Text, string Target, int Start = -1);
