using FluentAssertions;
using PaperDigest.Tests.Corpus;

namespace PaperDigest.Tests;

/// <summary>Every non-blank input line belongs to an entry, a section, the document header, or a diagnostic.</summary>
public sealed class LosslessAccountingTests
{
    // HTML pages are read as elements or text blocks, whose lines are not the page's source lines.
    public static TheoryData<string> FixtureNames => Fixtures.TextFixtureNames();

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Every_fixture_line_is_accounted_for(string fixture)
    {
        var text = Fixtures.Read(fixture);

        var document = Digest.Parse(text);

        Accounting.UnaccountedLines(document, text).Should().BeEmpty();
        Accounting.UnaccountedLines(Digest.Parse(text.ReplaceLineEndings("\r\n")), text).Should().BeEmpty();
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles.TextFiles), MemberType = typeof(CorpusFiles))]
    public void Every_corpus_line_is_accounted_for(string file)
    {
        var text = CorpusFiles.Read(file);

        Accounting.UnaccountedLines(CorpusFiles.Parse(file), text).Should().BeEmpty();
    }

    [Fact]
    public void Unknown_input_is_accounted_for_too()
    {
        const string text = "a note\n\nanother line\n";

        Accounting.UnaccountedLines(Digest.Parse(text), text).Should().BeEmpty();
    }
}
