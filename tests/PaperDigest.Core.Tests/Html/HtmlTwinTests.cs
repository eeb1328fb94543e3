using System.Net;
using FluentAssertions;

namespace PaperDigest.Tests.Html;

/// <summary>
/// Every text fixture saved as a web page (paragraphs at blank lines, <c>&lt;br&gt;</c> between lines, inside
/// a page with a head, navigation and a script) gives the same entries as the text.
/// </summary>
public sealed class HtmlTwinTests
{
    public static TheoryData<string> TextFixtures => Fixtures.TextFixtureNames();

    [Theory]
    [MemberData(nameof(TextFixtures))]
    public void The_html_twin_of_a_text_fixture_gives_the_same_entries(string fixture)
    {
        var text = Fixtures.Read(fixture);

        var fromText = Digest.Parse(text);
        var fromHtml = Digest.Parse(Twin(text));

        fromHtml.Format.Should().Be(fromText.Format);
        fromHtml.Title.Should().Be(fromText.Title);
        fromHtml.Entries.Should().BeEquivalentTo(fromText.Entries, o => o.WithStrictOrdering().Excluding(e => e.Span));
        fromHtml.Sections.Should().BeEquivalentTo(fromText.Sections, o => o.WithStrictOrdering().Excluding(s => s.Span));
    }

    private static string Twin(string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => "<p>" + string.Join("<br>\n", p.Split('\n').Select(WebUtility.HtmlEncode)) + "</p>");
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>twin</title><script>var x = 1;</script></head>\n<body>\n"
            + "<nav><a href=\"https://example.org/\">home</a></nav>\n" + string.Join('\n', paragraphs) + "\n</body></html>\n";
    }
}
