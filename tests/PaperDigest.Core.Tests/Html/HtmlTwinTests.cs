using System.Net;
using FluentAssertions;

namespace PaperDigest.Tests.Html;

/// <summary>
/// Every text fixture saved as a web page (paragraphs at blank lines, <c>&lt;br&gt;</c> between lines, inside
/// a page with a head, navigation and a script) gives the same entries as the text, and their spans are
/// the page lines holding the text lines they cover.
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
        var (page, pageLine) = Twin(text);
        var fromHtml = Digest.Parse(page);

        fromHtml.Format.Should().Be(fromText.Format);
        fromHtml.Title.Should().Be(fromText.Title);
        fromHtml.Entries.Should().BeEquivalentTo(fromText.Entries, o => o.WithStrictOrdering().Excluding(e => e.Span));
        fromHtml.Sections.Should().BeEquivalentTo(fromText.Sections, o => o.WithStrictOrdering().Excluding(s => s.Span));
        fromHtml.Entries.Select(e => e.Span).Should().Equal(fromText.Entries.Select(e => OnPage(e.Span, pageLine)), "entry spans are page lines");
        fromHtml.Sections.Select(s => s.Span).Should().Equal(fromText.Sections.Select(s => OnPage(s.Span, pageLine)), "section spans are page lines");
    }

    [Theory]
    [InlineData("catalog.txt")]
    [InlineData("brief.txt")]
    [InlineData("tagged.txt")]
    [InlineData("blog.txt")]
    [InlineData("article.txt")]
    public void The_html_twin_of_a_corpus_file_gives_the_same_entries_on_the_page_lines(string name)
    {
        var text = Corpus.CorpusFiles.Read(name);
        var fromText = Corpus.CorpusFiles.Parse(name);
        var (page, pageLine) = Twin(text);

        var fromHtml = Digest.Parse(page);

        fromHtml.Format.Should().Be(fromText.Format);
        fromHtml.Entries.Should().HaveCount(fromText.Entries.Count);

        // A page cannot hold several blank lines in a row (blog.txt has them inside article bodies): bodies
        // compare with runs of blank lines as one paragraph break.
        fromHtml.Entries.Should().BeEquivalentTo(fromText.Entries, o => o.WithStrictOrdering().Excluding(e => e.Span)
            .Using<string>(c => OneBreak(c.Subject).Should().Be(OneBreak(c.Expectation))).When(i => i.Path.EndsWith("Body", StringComparison.Ordinal)));
        fromHtml.Sections.Should().BeEquivalentTo(fromText.Sections, o => o.WithStrictOrdering().Excluding(s => s.Span));
        fromHtml.Entries.Select(e => e.Span).Should().Equal(fromText.Entries.Select(e => OnPage(e.Span, pageLine)));
    }

    [Fact]
    public void A_page_title_names_a_document_whose_layout_gives_none()
    {
        var text = Fixtures.Read("catalog/basic.txt");
        var page = Twin(text).Page.Replace("<head>", "<head><title>Weekly catalog</title><meta property=\"og:url\" content=\"https://example.org/weekly\">", StringComparison.Ordinal);

        var document = Digest.Parse(page);

        Digest.Parse(text).Title.Should().BeNull();
        document.Title.Should().Be("Weekly catalog");
        document.Source!.Url.Should().Be("https://example.org/weekly");
    }

    private static string? OneBreak(string? text) =>
        text is null ? null : System.Text.RegularExpressions.Regex.Replace(text, "\n{3,}", "\n\n");

    // A text span on the page: from the page line of its first non-blank line to that of its last.
    private static LineSpan OnPage(LineSpan span, int[] pageLine)
    {
        var first = Enumerable.Range(span.StartLine, span.EndLine - span.StartLine + 1).First(l => pageLine[l] > 0);
        var last = Enumerable.Range(span.StartLine, span.EndLine - span.StartLine + 1).Last(l => pageLine[l] > 0);
        return new LineSpan(pageLine[first], pageLine[last]);
    }

    // The page, and for each text line (1-based) the page line it is on (0 for a blank text line).
    private static (string Page, int[] PageLine) Twin(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var pageLine = new int[lines.Length + 2];
        var head = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><script>var x = 1;</script></head>\n<body>\n"
            + "<nav><a href=\"https://example.org/\">home</a></nav>\n";
        var body = new System.Text.StringBuilder();
        var line = 5;
        var open = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                if (open)
                {
                    body.Append("</p>\n");
                    line++;
                    open = false;
                }

                continue;
            }

            body.Append(open ? "<br>\n" : "<p>");
            line += open ? 1 : 0;
            body.Append(WebUtility.HtmlEncode(lines[i]));
            pageLine[i + 1] = line;
            open = true;
        }

        body.Append(open ? "</p>\n" : string.Empty);
        return (head + body + "</body></html>\n", pageLine);
    }
}
