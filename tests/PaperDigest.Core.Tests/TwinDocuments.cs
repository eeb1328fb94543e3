using FluentAssertions;

namespace PaperDigest.Tests;

/// <summary>
/// What every twin test checks: a document read from another rendering of a text (Markdown, HTML) has the
/// text's layout, title, entries, sections and links, with spans on the twin's own lines.
/// </summary>
internal static class TwinDocuments
{
    /// <param name="fromTwin">The parse of the twin.</param>
    /// <param name="fromText">The parse of the text.</param>
    /// <param name="twinLine">For each text line (1-based), the twin line showing it; 0 for a blank text line.</param>
    public static void ShouldReadAsTheText(DigestDocument fromTwin, DigestDocument fromText, int[] twinLine)
    {
        fromTwin.Format.Should().Be(fromText.Format);
        fromTwin.Title.Should().Be(fromText.Title);

        // Markdown and HTML cannot hold several blank lines in a row (blog.txt has them inside article
        // bodies): bodies compare with runs of blank lines as one paragraph break.
        fromTwin.Entries.Should().BeEquivalentTo(fromText.Entries, o => o.WithStrictOrdering().Excluding(e => e.Span)
            .Using<string>(c => OneBreak(c.Subject).Should().Be(OneBreak(c.Expectation))).When(i => i.Path.EndsWith("Body", StringComparison.Ordinal)));
        fromTwin.Sections.Should().BeEquivalentTo(fromText.Sections, o => o.WithStrictOrdering().Excluding(s => s.Span));
        fromTwin.Entries.Select(e => e.Span).Should().Equal(fromText.Entries.Select(e => OnTwin(e.Span, twinLine)), "entry spans are the twin's lines");
        fromTwin.Sections.Select(s => s.Span).Should().Equal(fromText.Sections.Select(s => OnTwin(s.Span, twinLine)), "section spans are the twin's lines");
    }

    private static string? OneBreak(string? text) =>
        text is null ? null : System.Text.RegularExpressions.Regex.Replace(text, "\n{3,}", "\n\n");

    // A text span on the twin: from the twin line of its first non-blank line to that of its last.
    private static LineSpan OnTwin(LineSpan span, int[] twinLine)
    {
        var lines = Enumerable.Range(span.StartLine, span.EndLine - span.StartLine + 1).Where(l => l < twinLine.Length && twinLine[l] > 0).ToArray();
        return new LineSpan(twinLine[lines[0]], twinLine[lines[^1]]);
    }
}
