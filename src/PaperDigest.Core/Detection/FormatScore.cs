namespace PaperDigest;

/// <summary>How well a leading sample of the input fits one parser's layout.</summary>
/// <param name="Score">0 (does not fit) to 1 (certainly this layout).</param>
/// <param name="Reason">What the parser counted, in a few words, for people reading <c>paperdigest detect</c>.</param>
public readonly record struct FormatScore(double Score, string Reason)
{
    /// <summary>A score of zero with the given reason.</summary>
    /// <param name="reason">Why the layout does not fit.</param>
    /// <returns>A zero score.</returns>
    public static FormatScore None(string reason) => new(0, reason);
}
