using PaperDigest.Evaluation;

namespace PaperDigest.Tests;

/// <summary>The lossless-accounting check, as the library's evaluator applies it.</summary>
internal static class Accounting
{
    public static List<int> UnaccountedLines(DigestDocument document, string text) =>
        [.. DigestAccounting.UnaccountedLines(document, text)];
}
