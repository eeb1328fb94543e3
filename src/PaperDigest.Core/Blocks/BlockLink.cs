namespace PaperDigest.Blocks;

/// <summary>An inline link of a block: its text and where it points.</summary>
/// <param name="Text">The link text (may be empty, or equal the target for a bare URL).</param>
/// <param name="Target">The URL as written.</param>
public sealed record BlockLink(string Text, string Target);
