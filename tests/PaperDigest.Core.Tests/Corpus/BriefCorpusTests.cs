using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>The brief.txt facts of ../shared/corpus/README.md (expected values read from that README).</summary>
public sealed class BriefCorpusTests
{
    private static DigestDocument Document => CorpusFiles.Parse("brief.txt");

    [CorpusFact]
    public void Headline_is_the_title()
    {
        Document.Format.Should().Be(DigestFormat.Brief);
        Document.Title.Should().Be(CorpusReadme.Fact("Headline"));
        Document.HeaderSpan.Should().Be(new LineSpan(1, 1));
        Document.Language.Should().Be(DocumentLanguage.ZhHans);
    }

    [CorpusFact]
    public void Fourteen_items_with_the_readme_labels()
    {
        var entries = Document.Entries;

        entries.Should().HaveCount(14);
        entries.Select(e => e.Number).Should().Equal(Enumerable.Range(1, 14).Cast<int?>());
        entries.Should().OnlyContain(e => e.Kind == EntryKind.NewsItem && !string.IsNullOrWhiteSpace(e.Title));
        entries.Take(4).Select(e => e.Topic).Should().Equal(CorpusReadme.ListFact("Featured topic labels 01-04"));
        entries.Skip(4).Select(e => e.Topic).Should().Equal(CorpusReadme.ListFact("More items 05-14 labels"));
    }

    [CorpusFact]
    public void Featured_items_have_a_paragraph_and_takeaways()
    {
        foreach (var entry in Document.Entries.Take(4))
        {
            entry.Category.Should().Be("重点关注");
            entry.Summary.Should().NotBeNullOrWhiteSpace().And.NotBe(entry.Title);
            entry.Takeaways.Should().ContainSingle().Which.Should().NotBeNullOrWhiteSpace();
            entry.Title.Should().NotStartWith(entry.Topic!);
        }
    }

    [CorpusFact]
    public void Further_items_split_title_label_and_description()
    {
        var lines = CorpusFiles.Read("brief.txt").Split('\n');
        foreach (var entry in Document.Entries.Skip(4))
        {
            entry.Category.Should().Be("也值得关注");
            entry.Summary.Should().EndWith("。").And.NotEndWith("链接").And.NotStartWith(entry.Topic!);
            // Recomputed from the raw item line: title, a space, the label glued to the description, "链接".
            var raw = lines[entry.Span.EndLine - 1].Trim();
            raw.Should().Be($"{entry.Title} {entry.Topic}{entry.Summary}链接");
        }
    }

    [CorpusFact]
    public void Headline_repeat_is_a_diagnostic_not_an_entry()
    {
        var lines = CorpusFiles.Read("brief.txt").Split('\n');
        var repeat = Array.FindIndex(lines, 1, l => l.Trim() == Document.Title) + 1;

        repeat.Should().BeGreaterThan(1);
        Document.Diagnostics.Should().ContainSingle().Which.Should().Match<DigestDiagnostic>(d =>
            d.Code == DiagnosticCodes.RepeatedHeadline && d.Line == repeat);
        Document.Entries.Should().NotContain(e => e.Span.Contains(repeat));
    }

    [CorpusFact]
    public void Overview_and_observation_are_sections()
    {
        Document.Sections.Select(s => (s.Title, s.EntryCount)).Should().Equal(
            ("今日概览", 0), ("重点关注", 4), ("也值得关注", 10), ("今日观察", 0));
        Document.Sections[0].Body!.Split('\n').Should().HaveCount(4).And.OnlyContain(b => !b.StartsWith('•'));
        Document.Sections[3].Body.Should().NotBeNullOrWhiteSpace();
    }
}
