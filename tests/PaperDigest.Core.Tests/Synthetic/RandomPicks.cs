namespace PaperDigest.Tests.Synthetic;

/// <summary>The generators' one way to draw words: a shuffled prefix, so a seed gives the same documents.</summary>
internal static class RandomPicks
{
    /// <summary>Up to <paramref name="count"/> distinct entries of <paramref name="from"/>, in random order.</summary>
    public static string[] Pick(this Random random, string[] from, int count) =>
        [.. from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Length))];
}
