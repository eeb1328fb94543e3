namespace PaperDigest;

/// <summary>One layout considered during detection, with its score and the reason for it.</summary>
/// <param name="Format">The layout.</param>
/// <param name="Score">0 to 1.</param>
/// <param name="Reason">What the parser counted.</param>
public sealed record FormatCandidate(DigestFormat Format, double Score, string Reason);
