using FluentAssertions;
using PaperDigest.Html;

namespace PaperDigest.Tests.Html;

public sealed class HtmlClassTests
{
    [Theory]
    [InlineData("dim", true)]
    [InlineData("dim wide", true)]
    [InlineData("wide dim", true)]
    [InlineData("  wide\t\ndim\f", true)]
    [InlineData("dim-label", false)]
    [InlineData("dimension", false)]
    [InlineData("xdim", false)]
    [InlineData("DIM", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void A_class_matches_only_as_a_whole_token(string classes, bool expected) =>
        HtmlClass.Has(classes, "dim").Should().Be(expected);

    [Fact]
    public void Class_attributes_are_read_from_raw_markup_in_every_quoting()
    {
        var html = """<div class="paper featured"><p CLASS = 'dim-label'>x</p><i class=kw>y</i><b data-class="no" subclass="no">z</b><span class="unclosed""".AsSpan();
        var values = new List<string>();
        while (HtmlClass.TryReadNext(ref html, out var classes))
        {
            values.Add(classes.ToString());
        }

        values.Should().Equal("paper featured", "dim-label", "kw", "unclosed");
        html.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Papers_with_several_classes_and_look_alike_names_read_as_before()
    {
        const string page = """
            <!DOCTYPE html><html><head><title>Multi-class page</title></head><body>
            <section><h2 class="cat-title  main">模型架构<small>1 篇</small></h2>
              <article class="paper featured">
                <div class="paper-title big"><a href="https://openreview.net/forum?id=Mno345Pqr">Sparse Routers Without Auxiliary Losses</a></div>
                <span class="badge	primary">基础/前沿模型 (含LLM)</span><span class="kw hashtag">#MoE; Routing</span>
                <div class="paper-tldr wide">TL;DR: Bias terms balance experts.</div>
                <div class="dim
                     wide"><span class="dim-label x">🎯 研究动机</span><div class="dim-content y">负载不均。</div></div>
                <div class="dimension"><span class="dim-label">🛠️ 主要方法</span><div class="dim-content">不应读取。</div></div>
                <div class="full-abs shown">Routers drift.
            Second line.</div>
              </article>
            </section></body></html>
            """;

        var document = Digest.Parse(page);

        document.Format.Should().Be(DigestFormat.Catalog);
        var paper = document.Entries.Should().ContainSingle().Subject;
        paper.Title.Should().Be("Sparse Routers Without Auxiliary Losses");
        paper.Domain.Should().Be("基础/前沿模型 (含LLM)");
        paper.Category.Should().Be("模型架构");
        paper.Tags.Select(t => t.Label).Should().Equal("MoE", "Routing");
        paper.TlDr.Should().Be("Bias terms balance experts.");
        paper.Fields.Should().ContainSingle().Which.Should().Be(new KeyValuePair<EntryField, string>(EntryField.Motivation, "负载不均。"));
        paper.Abstract.Should().Be("Routers drift.\nSecond line.");
        paper.Links.Should().Equal(new DigestLink(LinkKind.OpenReview, "Mno345Pqr", "https://openreview.net/forum?id=Mno345Pqr"));
    }
}
