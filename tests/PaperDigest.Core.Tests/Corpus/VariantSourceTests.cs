using System.Globalization;
using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// Every Markdown variant with front matter gets its title, date and url in <see cref="DocumentSource"/>, whatever
/// its layout, and a clipped article's publisher comes from its byline, not from the clipping tool's <c>author:</c>.
/// </summary>
public sealed class VariantSourceTests
{
    private static readonly string[] DateKeys = ["date_published", "publishedAt", "published", "date"];

    [CorpusTheory]
    [InlineData("variants/article/omnivore-qbitai-kan.md")]
    [InlineData("variants/article/yifor01-autoblog-post-aem.md")]
    [InlineData("variants/brief/aibrief-2026-02-01.md")]
    [InlineData("variants/brief/amyblog-daily-paper-2026-02-21.md")]
    [InlineData("variants/brief/eagle-ai-digest-2026-03-26.md")]
    [InlineData("variants/catalog/shiyibihua-csCL-2025-12-17-index.md")]
    [InlineData("variants/catalog/shiyibihua-csCL-2025-12-17-paper-251215163v1.md")]
    [InlineData("variants/tagged/yifor01-autoblog-post-dualpath-zhHant.md")]
    public void Front_matter_fills_the_source(string file)
    {
        var text = CorpusFiles.Read(file);
        var keys = TopLevelKeys(text);

        var source = Digest.Parse(text).Source;

        source.Should().NotBeNull();
        source!.Title.Should().Be(keys["title"]);
        if (DateKeys.Where(keys.ContainsKey).Select(k => keys[k]).FirstOrDefault() is { } date)
        {
            source.Date.Should().Be(DateOnly.ParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (keys.TryGetValue("url", out var url))
        {
            source.Url.Should().Be(url);
        }
    }

    [CorpusFact]
    public void A_clipped_article_is_published_by_its_byline_not_the_clippers_author_key()
    {
        var text = CorpusFiles.Read("variants/article/omnivore-qbitai-kan.md");

        var source = Digest.Parse(text).Source!;

        TopLevelKeys(text)["author"].Should().NotBe("量子位");
        source.Publisher.Should().Be("量子位");
    }

    // "key: value" lines of the leading front matter, quotes removed (a test's reading, independent of the library's).
    private static Dictionary<string, string> TopLevelKeys(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length && lines[i] != "---"; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !char.IsWhiteSpace(lines[i][0]))
            {
                var value = lines[i][(colon + 1)..].Trim();

                // A block scalar ("title: |") holds its value on the indented lines below.
                for (var j = i + 1; value is "|" or ">" or "|-" or ">-" && j < lines.Length && lines[j].StartsWith(' '); j++)
                {
                    keys[lines[i][..colon]] = lines[j].Trim();
                }

                keys.TryAdd(lines[i][..colon], value.Trim('"', '\''));
            }
        }

        return keys;
    }
}
