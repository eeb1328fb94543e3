namespace PaperDigest;

/// <summary>Entries, possibly from many documents, that describe one paper.</summary>
/// <param name="Key">
/// The identity that names the group: <c>arxiv:ID</c>, <c>openreview:ID</c>, <c>title:NORMALIZED TITLE</c> or
/// <c>github:OWNER/REPO</c>, the strongest one any member has; <c>entry:PATH:ORDINAL</c> for a single entry with none.
/// </param>
/// <param name="Title">The paper's title when a member names it, else the first member's title.</param>
/// <param name="Entries">The members, in corpus order.</param>
/// <param name="Links">Every member's links, each URL once.</param>
public sealed record PaperGroup(string Key, string? Title, IReadOnlyList<CorpusEntry> Entries, IReadOnlyList<DigestLink> Links);
