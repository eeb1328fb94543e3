using System.Net;
using FluentAssertions;
using PaperDigest.Tests.Corpus;

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

        TwinDocuments.ShouldReadAsTheText(fromHtml, fromText, pageLine);
    }

    [CorpusTheory]
    [MemberData(nameof(Corpus.CorpusFiles.TextFiles), MemberType = typeof(Corpus.CorpusFiles))]
    public void The_html_twin_of_a_corpus_file_gives_the_same_entries_on_the_page_lines(string name)
    {
        var text = Corpus.CorpusFiles.Read(name);
        var fromText = Corpus.CorpusFiles.Parse(name);
        var (page, pageLine) = Twin(text);

        var fromHtml = Digest.Parse(page);

        TwinDocuments.ShouldReadAsTheText(fromHtml, fromText, pageLine);
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
