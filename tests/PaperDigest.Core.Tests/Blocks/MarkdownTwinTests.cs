using System.Text;
using FluentAssertions;
using PaperDigest.Tests.Corpus;

namespace PaperDigest.Tests.Blocks;

/// <summary>
/// Every text fixture and corpus file saved as Markdown that shows the same text (front matter on top, every
/// ASCII punctuation mark escaped so nothing turns into markup, a hard break at each line end) goes through
/// Markdig and gives the same entries, sections and links as the text, with spans on the Markdown file's lines.
/// </summary>
public sealed class MarkdownTwinTests
{
    // Keys no layout reads as a title or a date, so the twin's document facts are the text's.
    private const string FrontMatter = "---\nlayout: post\ngenerator: twin-test\n---\n";
    private const int FrontMatterLines = 4;

    public static TheoryData<string> TextFixtures => Fixtures.TextFixtureNames();

    [Theory]
    [MemberData(nameof(TextFixtures))]
    public void The_markdown_twin_of_a_text_fixture_gives_the_same_entries(string fixture) =>
        ShouldReadTheSame(Fixtures.Read(fixture));

    [CorpusTheory]
    [MemberData(nameof(Corpus.CorpusFiles.TextFiles), MemberType = typeof(Corpus.CorpusFiles))]
    public void The_markdown_twin_of_a_corpus_file_gives_the_same_entries(string name) =>
        ShouldReadTheSame(Corpus.CorpusFiles.Read(name));

    [Fact]
    public void The_twin_is_read_as_markdown_and_its_front_matter_is_the_header()
    {
        var twin = Twin("# Not a heading\n**not bold** [not](a link)\n");

        PaperDigest.Blocks.BlockReader.FrontEndOf(twin).Should().Be(PaperDigest.Blocks.FrontEndKind.Markdown);
        var blocks = PaperDigest.Blocks.BlockReader.Read(twin);
        blocks.Metadata.Other.Should().ContainKey("generator").WhoseValue.Should().Be("twin-test");
        blocks.Blocks.Should().ContainSingle().Which.Text.Should().Be("# Not a heading\n**not bold** [not](a link)");
        Digest.Parse(twin).HeaderSpan.Should().Be(new LineSpan(1, FrontMatterLines));
    }

    private static void ShouldReadTheSame(string text)
    {
        var (twin, twinLine) = TwinWithLines(text);

        TwinDocuments.ShouldReadAsTheText(Digest.Parse(twin), Digest.Parse(text), twinLine);
    }

    private static string Twin(string text) => TwinWithLines(text).Twin;

    // The text as Markdown that renders it verbatim, line for line, and for each text line (1-based) the
    // twin line showing it (0 for a blank one). Front matter the text starts with stays front matter.
    private static (string Twin, int[] TwinLine) TwinWithLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var twinLine = new int[lines.Length + 2];
        var first = OwnFrontMatterEnd(lines);
        var markdown = new StringBuilder(first > 0 ? string.Empty : FrontMatter, text.Length * 2);
        var offset = first > 0 ? 0 : FrontMatterLines;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            markdown.Append(i < first ? line : Escaped(line));
            twinLine[i + 1] = line.Length > 0 ? i + 1 + offset : 0;

            // A backslash before the line end is a hard break; the last line of a paragraph needs none.
            var paragraphGoesOn = i >= first && line.Length > 0 && i + 1 < lines.Length && !string.IsNullOrWhiteSpace(lines[i + 1]);
            markdown.Append(paragraphGoesOn ? "\\\n" : "\n");
        }

        return (markdown.ToString(), twinLine);
    }

    // The number of lines of the front matter the text opens with (0 when none).
    private static int OwnFrontMatterEnd(string[] lines) =>
        lines.Length > 1 && lines[0].Trim() == "---" && Array.FindIndex(lines, 1, l => l.Trim() == "---") is var close and > 0 ? close + 1 : 0;

    private static string Escaped(string line)
    {
        var escaped = new StringBuilder(line.Length * 2);
        foreach (var c in line)
        {
            escaped.Append(char.IsAsciiLetterOrDigit(c) || c > '~' || c <= ' ' ? string.Empty : "\\").Append(c);
        }

        return escaped.ToString();
    }
}
