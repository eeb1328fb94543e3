using FluentAssertions;
using PaperDigest.Tests.Corpus;

namespace PaperDigest.Tests.Html;

public sealed class CatalogPageTests
{
    [Fact]
    public void Catalog_page_fills_the_catalog_model_plus_titles_and_links_by_structure_not_class_names()
    {
        var document = Digest.Parse(Fixtures.Read("html/catalog.html"));

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Title.Should().Be("示例论文集（3 篇）");
        document.Sections.Select(s => (s.Title, s.DeclaredCount, s.EntryCount)).Should().Equal(("推理与思维链", 2, 2), ("模型架构", 5, 1));
        document.Entries.Select(e => e.Title).Should().Equal(
            "Short Rollouts Teach Small Models to Check Their Arithmetic", "Segment Baselines for Long-Answer Value Models", "Auxiliary-Loss-Free Load Balancing");

        var first = document.Entries[0];
        first.Domain.Should().Be("基础/前沿模型 (含LLM)");
        first.Category.Should().Be("推理与思维链");
        first.Tags.Select(t => t.Label).Should().Equal("Reasoning", "RLVR");
        first.TlDr.Should().Be("Verifier-shaped rewards make short proofs reliable.");
        first.Fields.Keys.Should().Equal(EntryField.CatalogFields);
        first.GetField(EntryField.Method).Should().Be("以可验证奖励训练策略模型。");
        first.Abstract.Should().Be("Long chains of thought are costly. Code: https://github.com/example-lab/short-proofs.");
        first.Links.Should().Equal(
            new DigestLink(LinkKind.OpenReview, "Abc123XyZ", "https://openreview.net/forum?id=Abc123XyZ"),
            new DigestLink(LinkKind.GitHub, "example-lab/short-proofs", "https://github.com/example-lab/short-proofs"));

        document.Entries[1].Category.Should().Be("推理与思维链", "a second badge is the category");
        document.Entries[1].Tags.Select(t => t.Label).Should().Equal("LLM", "RLHF");
        document.Entries[1].GetField(new EntryField("启发")).Should().Be("分段估计更稳。");
        document.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.HtmlReadAsText, DiagnosticCodes.MissingField, DiagnosticCodes.UnknownFieldLabel, DiagnosticCodes.SectionCountMismatch);
        document.Diagnostics[^1].Message.Should().Be("Section '模型架构' declares 5 papers but holds 1.");
    }

    [Fact]
    public void The_sidebar_scripts_and_images_are_not_content()
    {
        var document = Digest.Parse(Fixtures.Read("html/catalog.html"));

        document.Entries.Should().HaveCount(3);
        document.Entries.SelectMany(e => e.Links).Should().NotContain(l => l.Url.Contains("example.org", StringComparison.Ordinal));
    }

    [CorpusFact]
    public void Corpus_catalog_page_has_nine_complete_papers_and_a_diagnostic_per_trimmed_section()
    {
        var document = Digest.LoadFile(CorpusFiles.Path("catalog-sample.html"));

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Should().HaveCount(9);
        document.Entries.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Title)
            && e.Links.Count(l => l.Kind == LinkKind.OpenReview && !string.IsNullOrEmpty(l.Id)) == 1
            && e.Tags.Count > 0 && e.Fields.Count == 6 && EntryField.CatalogFields.All(e.Fields.ContainsKey)
            && !string.IsNullOrWhiteSpace(e.Abstract));
        document.Sections.Should().HaveCount(3).And.OnlyContain(s => s.EntryCount == 3 && s.DeclaredCount > 3);
        var warnings = document.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        warnings.Should().HaveCount(3).And.OnlyContain(d => d.Code == DiagnosticCodes.SectionCountMismatch);
        document.Sections.Select(s => s.Span.StartLine).Should().Equal(warnings.Select(d => d.Line!.Value));
        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnplacedLine, "the introduction under the title is the catalog's header");
    }

    [CorpusFact]
    public void Corpus_page_papers_match_their_text_catalog_twins_found_by_abstract()
    {
        var html = Digest.LoadFile(CorpusFiles.Path("catalog-sample.html"));
        var text = CorpusFiles.Parse("catalog.txt");
        var byAbstract = text.Entries.ToDictionary(e => Normalize(e.Abstract!));

        foreach (var paper in html.Entries)
        {
            byAbstract.Should().ContainKey(Normalize(paper.Abstract!), "the page's papers occur in catalog.txt");
            var twin = byAbstract[Normalize(paper.Abstract!)];
            paper.Fields.Keys.Should().Equal(twin.Fields.Keys);
            paper.Tags.Should().Equal(twin.Tags);
            paper.TlDr.Should().Be(twin.TlDr);
            paper.Domain.Should().Be(twin.Domain);
        }

        // The page is an earlier edition of the generator: its field texts were written anew, so they
        // differ from catalog.txt's for every paper (the corpus README calls it "an earlier edition").
        html.Entries.Should().OnlyContain(p => !p.Fields.SequenceEqual(byAbstract[Normalize(p.Abstract!)].Fields));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])null!, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void A_catalog_page_takes_its_language_from_its_text_not_its_markup()
    {
        // Markup, class names and a script are Latin letters; the page's text is Chinese.
        var style = string.Concat(Enumerable.Repeat(".paper-title a { color: #333; text-decoration: none; }\n", 40));
        var page = $$"""
            <!DOCTYPE html><html><head><title>论文目录</title><style>{{style}}</style>
            <script>function toggleAbstract(element) { element.parentElement.classList.toggle('expanded'); }</script></head>
            <body><section><h2 class="cat-title">推理与思维链<small>1 篇</small></h2>
            <article class="paper"><div class="paper-title"><a href="https://openreview.net/forum?id=Zh1Page">短推理链的可验证奖励</a></div>
            <span class="badge">基础模型</span><span class="kw">#推理</span>
            <div class="dim"><span class="dim-label">🎯 研究动机</span><div class="dim-content">长链推理成本高，短推理又容易出错，需要新的训练信号。</div></div>
            <div class="dim"><span class="dim-label">🛠️ 主要方法</span><div class="dim-content">按步骤加权的可验证奖励。</div></div>
            <span class="toggle-abs">查看完整摘要 (Abstract)</span>
            <div class="full-abs">我们提出一种按步骤加权的可验证奖励，在两个数学基准上提高了短推理的正确率。</div>
            </article></section></body></html>
            """;

        var document = Digest.Parse(page);

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Should().ContainSingle();
        document.Language.Should().Be(DocumentLanguage.ZhHans);
    }
}
