using System.Text.RegularExpressions;
using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>The blog.txt facts of ../shared/corpus/README.md, recomputed from the raw file where they are counts.</summary>
public sealed partial class BlogCorpusTests
{
    private static DigestDocument Document => CorpusFiles.Parse("blog.txt");

    private static string[] Lines => CorpusFiles.Read("blog.txt").Split('\n');

    [CorpusFact]
    public void Source_url_comes_from_line_one()
    {
        Document.Format.Should().Be(DigestFormat.Blog);
        Document.Source!.Url.Should().Be(UrlRegex().Match(Lines[0]).Value);
        Document.HeaderSpan.Should().Be(new LineSpan(1, 1));
    }

    [CorpusFact]
    public void Nineteen_sections_from_line_2_to_line_1194()
    {
        var entries = Document.Entries;

        entries.Should().HaveCount(19).And.OnlyContain(e => e.Kind == EntryKind.Article);
        entries[0].Span.StartLine.Should().Be(2);
        entries[^1].Span.StartLine.Should().Be(1194);
        entries.Should().OnlyContain(e => e.Title == Lines[e.Span.StartLine - 1].Trim().TrimStart('#'));
        entries.Should().OnlyContain(e => !e.Title!.StartsWith('#') && !e.Title.StartsWith(' '));
    }

    [CorpusFact]
    public void Subtitles_are_the_line_after_the_heading()
    {
        var withSubtitle = Document.Entries.Where(e => e.Subtitle != null).ToList();

        withSubtitle.Should().HaveCountGreaterThan(10);
        withSubtitle.Should().OnlyContain(e => e.Subtitle == Lines[e.Span.StartLine].Trim());
    }

    [CorpusFact]
    public void Code_listing_comments_are_not_headings()
    {
        Enumerable.Range(594, 13).Count(line => Lines[line - 1].TrimStart().StartsWith('#')).Should().BeGreaterThanOrEqualTo(6);
        Document.Entries.Should().NotContain(e => e.Span.StartLine >= 594 && e.Span.StartLine <= 606);
    }

    [CorpusFact]
    public void The_empty_paper_address_at_line_743_is_a_diagnostic()
    {
        Document.Diagnostics.Should().ContainSingle().Which.Should().Match<DigestDiagnostic>(d =>
            d.Code == DiagnosticCodes.EmptyMetadata && d.Line == 743 && d.Severity == DiagnosticSeverity.Warning);
    }

    [CorpusFact]
    public void Every_arxiv_and_github_url_becomes_a_typed_link()
    {
        var text = CorpusFiles.Read("blog.txt");
        var arxiv = ArxivUrlRegex().Matches(text).Select(m => m.Value).ToList();
        var github = GitHubUrlRegex().Matches(text).Select(m => m.Groups[1].Value).ToList();
        var links = Document.Entries.SelectMany(e => e.Links).ToList();

        arxiv.Should().HaveCount(15);
        github.Should().HaveCount(12);
        arxiv.Should().OnlyContain(url => links.Any(l => l.Kind == LinkKind.Arxiv && l.Url == url));
        github.Should().OnlyContain(repo => links.Any(l => l.Kind == LinkKind.GitHub && l.Id == repo));
        links.Where(l => l.Kind == LinkKind.Arxiv).Should().OnlyContain(l => Regex.IsMatch(l.Id!, @"^\d{4}\.\d{4,5}(v\d+)?$"));
    }

    [CorpusFact]
    public void Metadata_lines_give_paper_titles_and_typed_links()
    {
        var entries = Document.Entries;

        entries.Count(e => e.PaperTitle != null).Should().BeGreaterThanOrEqualTo(5);
        var titled = Lines.Select((line, i) => (line, i)).Where(x => x.line.TrimStart('-', ' ').StartsWith("论文标题", StringComparison.Ordinal)).ToList();
        titled.Should().NotBeEmpty();
        foreach (var (line, i) in titled)
        {
            var entry = entries.Single(e => e.Span.Contains(i + 1));
            entry.PaperTitle.Should().Be(line[(line.IndexOfAny([':', '：']) + 1)..].Trim());
        }

        entries.SelectMany(e => e.Links).Should().Contain(l => l.Kind == LinkKind.Project).And.Contain(l => l.Kind == LinkKind.Demo);
    }

    [GeneratedRegex(@"https?://\S+?(?=[\s\u2E80-\uFFFF]|$)")]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"https?://arxiv\.org/[a-z]+/\d{4}\.\d{4,5}(v\d+)?(\.pdf)?")]
    private static partial Regex ArxivUrlRegex();

    [GeneratedRegex(@"https?://github\.com/([A-Za-z0-9_.-]+/[A-Za-z0-9_-]+)")]
    private static partial Regex GitHubUrlRegex();
}
