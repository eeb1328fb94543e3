using System.Text.RegularExpressions;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// Facts read from the corpus README at test time, so the expected values are the README's own words
/// and none of the corpus text is copied into this repository.
/// </summary>
internal static partial class CorpusReadme
{
    private static string Text => CorpusFiles.Read("README.md");

    /// <summary>The value after <c>- {label}:</c>, joined across its continuation lines, trimmed of a final period.</summary>
    public static string Fact(string label)
    {
        var text = Text;
        var start = text.IndexOf("- " + label + ":", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"The corpus README states no '{label}'.");
        }

        var value = new List<string> { text[(start + label.Length + 3)..].Split('\n')[0] };
        foreach (var line in text[start..].Split('\n').Skip(1))
        {
            if (!line.StartsWith("  ", StringComparison.Ordinal) || line.TrimStart().StartsWith('-'))
            {
                break;
            }

            value.Add(line);
        }

        return string.Join(' ', value.Select(v => v.Trim())).TrimEnd('.').Trim();
    }

    /// <summary>A comma-separated fact as a list, cut before any sentence that follows it.</summary>
    public static string[] ListFact(string label) =>
        Fact(label).Split(". ")[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The first <c>《...》</c> title the README names.</summary>
    public static string CitedTitle() => CitedTitleRegex().Match(Text).Groups[1].Value;

    /// <summary>The first GitHub <c>owner/repo</c> the README names after <paramref name="after"/>.</summary>
    public static string GitHubRepo(string after)
    {
        var text = Text;
        return GitHubRegex().Match(text, text.IndexOf(after, StringComparison.Ordinal)).Groups[1].Value;
    }

    [GeneratedRegex("《(.+?)》")]
    private static partial Regex CitedTitleRegex();

    [GeneratedRegex(@"github\.com/([A-Za-z0-9_.-]+/[A-Za-z0-9_-]+)")]
    private static partial Regex GitHubRegex();
}
