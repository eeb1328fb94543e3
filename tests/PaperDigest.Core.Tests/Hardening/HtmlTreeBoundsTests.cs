using AngleSharp.Dom;
using FluentAssertions;
using PaperDigest.Html;

namespace PaperDigest.Tests.Hardening;

/// <summary>
/// Round three of the hostile inputs (docs/reliability.md, section 6b): markup whose tree is deeper or larger than
/// its tags say. Each case measures the tree AngleSharp actually builds from the limited markup, so a limiter that
/// counts tags its own way, and not as the tree builder keeps them open, fails here.
/// </summary>
public sealed class HtmlTreeBoundsTests
{
    private const int Repeats = 3_000;
    private const int Depth = DigestOptions.DefaultMaxHtmlDepth;

    public static TheoryData<string, string> DeepMarkup => new()
    {
        { "self-closed non-void elements", Repeat("<div/>") + "x" },
        { "an abruptly closed comment, then divs", "<!-->" + Repeat("<div>") + "x" },
        { "an abruptly closed comment with a dash, then divs", "<!--->" + Repeat("<div>") + "x" },
        { "noscript, then divs", "<noscript>" + Repeat("<div>") + "x" },
        { "misnested formatting over blocks", Repeat("<b><div></b>") + "x" },
        { "misnested anchors over blocks", Repeat("<a href=\"#\"><p></a>") + "x" },
    };

    [Theory]
    [MemberData(nameof(DeepMarkup))]
    public void The_tree_built_from_limited_markup_stays_within_the_depth_and_keeps_the_text(string shape, string body)
    {
        var html = Page(body);

        var limited = HtmlMarkupLimiter.Apply(html, Depth, DigestOptions.DefaultMaxHtmlAttributes, out var cuts);
        var body2 = HtmlInput.Parse(limited).Body!;

        MaxDepth(body2).Should().BeLessThanOrEqualTo(Depth + 8, shape);
        cuts.Tags.Should().BePositive(shape);
        body2.TextContent.TrimEnd().Should().EndWith("x", shape);
    }

    [Fact]
    public void Formatting_elements_left_open_before_paragraphs_are_not_recreated_in_each_one()
    {
        // 250 distinct <b> (the parser's "Noah's Ark" rule only folds identical ones) left open by </p> would be
        // re-created in each of the 2,000 later paragraphs: half a million elements from 60 KB.
        var html = Page("<p>" + string.Concat(Enumerable.Range(0, 250).Select(i => $"<b class=\"c{i}\">")) + "</p>"
            + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<p>x{i}</p>")));

        var limited = HtmlMarkupLimiter.Apply(html, Depth, DigestOptions.DefaultMaxHtmlAttributes, out var cuts);
        var body = HtmlInput.Parse(limited).Body!;

        body.GetElementsByTagName("b").Length.Should().BeLessThanOrEqualTo(250 + 2_001 * HtmlMarkupLimiter.MaxUnendedFormatting);
        cuts.FormattingEnds.Should().Be(250 - HtmlMarkupLimiter.MaxUnendedFormatting);
        body.GetElementsByTagName("p").Length.Should().Be(2_001);
        body.TextContent.Should().Contain("x1999");
    }

    [Fact]
    public void A_page_with_formatting_ended_early_warns_with_its_line()
    {
        var html = Page("\n<p>" + string.Concat(Enumerable.Range(0, 12).Select(i => $"<em class=\"c{i}\">")) + "</p><p>kept text</p>");

        var document = Digest.Parse(html);

        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.HtmlLimitApplied)
            .Which.Message.Should().Be("The page leaves more than 8 formatting elements (b, em, font …) without their end tags from source line 3: 4 of them were ended early, so the parser does not re-create them in every later paragraph; no text is lost.");
    }

    [Fact]
    public void Ordinary_pages_are_left_as_written()
    {
        var html = Page("<p><b>bold <i>both</i></b> <svg><path d=\"M0\"/><circle r=\"1\"/></svg> <div><b>x</b></div></p><!-- note --><noscript><p>y</p></noscript>");

        HtmlMarkupLimiter.Apply(html, Depth, DigestOptions.DefaultMaxHtmlAttributes, out var cuts).Should().BeSameAs(html);
        cuts.Any.Should().BeFalse();
    }

    private static string Repeat(string markup) => string.Concat(Enumerable.Repeat(markup, Repeats));

    private static string Page(string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>\n<body>{body}</body></html>\n";

    // Iterative: the trees measured here are the ones that could be deep.
    private static int MaxDepth(IElement root)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>([(root, 0)]);
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            foreach (var child in item.Element.Children)
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return deepest;
    }
}
