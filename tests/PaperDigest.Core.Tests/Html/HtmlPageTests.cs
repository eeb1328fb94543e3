using AngleSharp;
using AngleSharp.Io;
using FluentAssertions;
using PaperDigest.Html;

namespace PaperDigest.Tests.Html;

public sealed class HtmlPageTests
{
    [Fact]
    public void A_brief_saved_as_html_gives_the_entries_of_its_text_twin_with_takeaways_separated()
    {
        var text = Digest.Parse(Fixtures.Read("brief/plain.txt"));
        var html = Digest.Parse(Fixtures.Read("html/brief.html"));

        html.Format.Should().Be(DigestFormat.Brief);
        html.Title.Should().Be(text.Title);
        html.Sections.Select(s => (s.Title, s.EntryCount, s.Body)).Should().Equal(text.Sections.Select(s => (s.Title, s.EntryCount, s.Body)));
        html.Entries.Should().BeEquivalentTo(text.Entries, o => o.WithStrictOrdering()
            .Excluding(e => e.Span).Excluding(e => e.Links).Excluding(e => e.ArxivId).Excluding(e => e.OpenReviewId).Excluding(e => e.Doi).Excluding(e => e.Takeaways));
        html.Entries[0].Takeaways.Should().Equal("自检不必依赖长思维链", "置信度校准是可以训练的能力", "错误集中的步骤最值得加权");
        string.Concat(html.Entries[0].Takeaways).Should().Be(text.Entries[0].Takeaways.Single(), "plain text ran the same list together");
        html.Entries[2].Links.Should().Equal(new DigestLink(LinkKind.Arxiv, "2511.01234", "https://arxiv.org/abs/2511.01234"));
        html.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.HtmlReadAsText);
    }

    [Fact]
    public void Malformed_html_gives_a_document_and_keeps_link_targets()
    {
        var document = Digest.Parse(Fixtures.Read("html/malformed.html"));

        var entry = document.Entries.Should().ContainSingle().Subject;
        entry.Body.Should().Contain("未闭合的段落").And.Contain("最后一段没有结束标签").And.NotContain("<");
        entry.Links.Should().Equal(new DigestLink(LinkKind.GitHub, "example/repo", "https://github.com/example/repo"));
    }

    [Fact]
    public void Html_input_is_recognized_by_content_and_scripts_never_run()
    {
        var document = Digest.Parse(Fixtures.Read("html/catalog.html"));

        HtmlInput.LooksLikeHtml(Fixtures.Read("html/malformed.html")).Should().BeTrue();
        HtmlInput.LooksLikeHtml(Fixtures.Read("brief/markdown.md")).Should().BeFalse();
        document.Entries.Should().NotContain(e => (e.Body ?? e.Abstract ?? "").Contains("injected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parsing_pages_with_scripts_styles_images_and_frames_requests_nothing()
    {
        // The library parses with a configuration that has no loader at all. Here a recording requester and
        // a loader are added so that a request, if the parse ever made one, would be seen.
        var requester = new RecordingRequester();
        var configuration = Configuration.Default.With(requester).WithDefaultLoader();

        // The requester is wired: asking this configuration to load a page does reach it...
        var probe = () => BrowsingContext.New(configuration).OpenAsync("https://probe.example.test/", TestContext.Current.CancellationToken);
        await probe.Should().ThrowAsync<InvalidOperationException>().WithMessage("Tests never touch the network.");
        requester.Requests.Should().ContainSingle().Which.Should().Be("https://probe.example.test/");
        requester.Requests.Clear();

        // ...and parsing untrusted pages with it loads nothing.
        var pipeline = new DigestPipelineBuilder().Configure(o => o with { HtmlConfiguration = configuration }).Build();
        foreach (var fixture in new[] { "html/catalog.html", "html/brief.html", "html/malformed.html" })
        {
            Digest.Parse(Fixtures.Read(fixture), pipeline).Entries.Should().NotBeEmpty();
        }

        requester.Requests.Should().BeEmpty();
    }

    /// <summary>Records every request and answers none of them: no network, ever.</summary>
    private sealed class RecordingRequester : BaseRequester
    {
        public List<string> Requests { get; } = [];

        public override bool SupportsProtocol(string protocol) => true;

        protected override Task<IResponse?> PerformRequestAsync(Request request, CancellationToken cancel)
        {
            lock (Requests)
            {
                Requests.Add(request.Address.Href);
            }

            return Task.FromException<IResponse?>(new InvalidOperationException("Tests never touch the network."));
        }
    }
}
