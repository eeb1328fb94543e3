namespace PaperDigest;

/// <summary>A typed link found in an entry.</summary>
/// <param name="Kind">What the link points to.</param>
/// <param name="Id">The identifier within that kind (an arXiv id, <c>owner/repo</c>, an OpenReview id), when there is one.</param>
/// <param name="Url">The URL as found, with trailing punctuation trimmed.</param>
public sealed record DigestLink(LinkKind Kind, string? Id, string Url);
