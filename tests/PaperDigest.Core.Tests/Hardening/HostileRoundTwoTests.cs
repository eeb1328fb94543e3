using System.Text;
using FluentAssertions;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Hardening;

/// <summary>
/// Round two of the hostile inputs (docs/reliability.md, section 6), each at a size where a quadratic pass would
/// show in the suite's time but a linear one costs milliseconds, with its exact outcome. The full-size inputs are
/// generated and timed against the CLI by <c>tests/PaperDigest.Fuzz/hostile.sh</c>.
/// </summary>
public sealed class HostileRoundTwoTests
{
    // A catalog of one paper whose tag line and last abstract line are given.
    private static string OnePaper(string tagLine = "#Reasoning #RLVR", string extraLine = "") => $"""
        推理与思维链1 篇
        基础/前沿模型 (含LLM)
        推理与思维链
        {tagLine}
        TL;DR:Short rewards.
        🎯 研究动机长链推理成本高。
        ❓ 解决问题提高正确率。
        🛠️ 主要方法可验证奖励。
        查看完整摘要 (Abstract)
        Long chains of thought are costly.
        {extraLine}

        """;

    [Fact]
    public void Twenty_thousand_distinct_urls_on_one_line_are_twenty_thousand_links()
    {
        var line = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"https://example.org/p/{i} "));
        var document = Digest.Parse(OnePaper(extraLine: line + "arXiv:2401.00001v1 arXiv:2401.00001v2"));

        var links = document.Entries[0].Links;
        links.Count(l => l.Url.StartsWith("https://example.org/p/", StringComparison.Ordinal)).Should().Be(20_000);
        links.Count(l => l.Kind == LinkKind.Arxiv && l.Id!.StartsWith("2401.00001", StringComparison.Ordinal)).Should().Be(1, "versions of one paper are one link");
    }

    [Fact]
    public void A_url_followed_by_many_closing_parentheses_ends_before_them_and_keeps_balanced_ones()
    {
        var document = Digest.Parse(OnePaper(extraLine:
            "See https://example.org/a" + new string(')', 100_000) + " and https://en.wikipedia.org/wiki/Transformer_(model)))."));

        var urls = document.Entries[0].Links.Select(l => l.Url).ToList();
        urls.Should().Contain("https://example.org/a").And.Contain("https://en.wikipedia.org/wiki/Transformer_(model)");
    }

    [Fact]
    public void A_tag_followed_by_many_closing_parentheses_normalizes_to_its_word()
    {
        // Layouts take only short tag lines; the normalizer itself must still be linear in any label.
        TagNormalizer.Normalize("#agent" + new string(')', 100_000)).Should().Be("agent");
        TagNormalizer.Normalize("#agent (LLM" + new string(')', 100_000)).Length.Should().Be("agent (llm".Length + 100_000, "a ')' after a '(' is kept");
    }

    [Fact]
    public void Twenty_thousand_distinct_tags_on_one_line_are_all_kept_once()
    {
        var line = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"#t{i} ")) + "#t0 #t1";
        var labels = new List<string> { "t5" };

        TagSplitter.Split(line, labels);

        labels.Should().HaveCount(20_000).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_brief_line_of_brackets_and_a_brief_of_thousands_of_parts_parse_whole()
    {
        var brief = Fixtures.Read("brief/plain.txt");
        var brackets = brief + "\n" + new string('[', 200_000) + "\n";
        var parts = brief + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"\n重点关注\n\n01 推理 标题{i}\n\n正文{i}。\n"));

        var withBrackets = Digest.Parse(brackets);
        var manyParts = Digest.Parse(parts);

        withBrackets.Format.Should().Be(DigestFormat.Brief);
        Accounting.UnaccountedLines(withBrackets, brackets).Should().BeEmpty();
        manyParts.Sections.Count(s => s.Title == "重点关注").Should().BeGreaterThan(5_000);
        manyParts.Entries.Count(e => e.Title?.StartsWith("标题", StringComparison.Ordinal) == true).Should().Be(5_000);
        Accounting.UnaccountedLines(manyParts, parts).Should().BeEmpty();
    }

    [Fact]
    public void Nesting_past_the_html_depth_is_flattened_with_a_warning_and_keeps_the_text()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<div>", 3_000)) + "innermost words" + string.Concat(Enumerable.Repeat("</div>", 3_000)));

        var document = Digest.Parse(html);

        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.HtmlLimitApplied)
            .Which.Message.Should().Be("The page nests deeper than 256 levels (DigestOptions.MaxHtmlDepth) from source line 2: 2745 elements were placed beside the innermost open element instead of inside it, as browsers do; no text is lost.");
        document.Entries.Should().Contain(e => e.Body!.Contains("innermost words", StringComparison.Ordinal));
    }

    [Fact]
    public void Attributes_past_the_limit_are_dropped_with_a_warning()
    {
        var html = Page("<p " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"data-a{i}=\"{i}\" ")) + ">kept text</p>");

        var document = Digest.Parse(html);

        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.HtmlLimitApplied)
            .Which.Message.Should().StartWith("1 elements have more than 256 attributes (DigestOptions.MaxHtmlAttributes), the first on source line 2");
        document.Entries.Should().Contain(e => e.Body!.Contains("kept text", StringComparison.Ordinal));
    }

    [Fact]
    public void Six_hundred_nested_sections_of_one_paper_each_are_six_hundred_papers()
    {
        var opening = string.Concat(Enumerable.Range(0, 600).Select(i => $"<section><h2 class=\"cat-title\">类别{i}<small>1 篇</small></h2>\n{Article(i)}"));
        var html = Page(opening + string.Concat(Enumerable.Repeat("</section>", 600)));

        var document = Digest.Parse(html);

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Should().HaveCount(600);
        document.Entries.Select(e => e.Title).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void An_empty_small_element_in_a_section_title_loses_no_paper()
    {
        var html = Page($"<section><h2 class=\"cat-title\">推理<small></small></h2>\n{string.Concat(Enumerable.Range(0, 9).Select(Article))}</section>");

        var document = Digest.Parse(html);

        document.Entries.Should().HaveCount(9);
        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.ParserFailed);
    }

    [Fact]
    public void Only_http_and_https_hrefs_are_web_links_and_spaces_around_an_href_do_not_lose_it()
    {
        var html = Page($"<section><h2 class=\"cat-title\">推理<small>1 篇</small></h2>\n{Article(0)}<p><a href=\"httpx://example.org/x\">bad</a> <a href=\"  https://example.org/spaced \">spaced</a></p></section>");

        var urls = Digest.Parse(html).Entries.SelectMany(e => e.Links).Select(l => l.Url).ToList();

        urls.Should().Contain("https://example.org/spaced").And.NotContain(u => u.StartsWith("httpx", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_front_matter_block_is_no_metadata()
    {
        // Found by the parse fuzz target: Markdig gives an empty YAML block no line array.
        var text = "---\n---\nx\n---\n## 推理\n";

        var document = Digest.Parse(text);

        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.ParserFailed);
        document.Entries.Should().NotBeEmpty();
        Accounting.UnaccountedLines(document, text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-8")]
    public void Gbk_bytes_under_a_wrong_meta_charset_are_read_as_gbk_with_a_warning(string declared)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = Fixtures.Read("html/catalog.html").Replace("charset=\"utf-8\"", $"charset=\"{declared}\"", StringComparison.Ordinal);
        var expected = Digest.Parse(Fixtures.Read("html/catalog.html"));

        var document = Digest.Load(new MemoryStream(Encoding.GetEncoding(54936).GetBytes(html)));

        document.Encoding.Should().Be("gb18030");
        document.Entries.Select(e => e.Title).Should().Equal(expected.Entries.Select(e => e.Title));
        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.EncodingDeclarationIgnored)
            .Which.Message.Should().Be($"The input declares <meta charset={declared}>, but its bytes are not that encoding; they were read as gb18030 (not UTF-8; reads as GB18030 (GBK)).");
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void Utf16_without_a_mark_and_utf32_with_one_decode_to_the_same_document(string encodingName)
    {
        var text = Fixtures.Read("catalog/basic.txt");
        var bytes = encodingName switch
        {
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
            "utf-32le" => [.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, true).GetBytes(text)],
            _ => [.. new UTF32Encoding(true, true).GetPreamble(), .. new UTF32Encoding(true, true).GetBytes(text)],
        };

        var document = Digest.Load(new MemoryStream(bytes));

        document.Encoding.Should().Be(encodingName);
        document.Entries.Select(e => e.Title).Should().Equal(Digest.Parse(text).Entries.Select(e => e.Title));
        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.BinaryContent);
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    [InlineData("\f")]
    public void Unicode_line_ends_are_line_breaks(string lineEnd)
    {
        var lf = Fixtures.Read("catalog/basic.txt");
        var text = lf.Replace("\n", lineEnd, StringComparison.Ordinal);

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Select(e => (e.Title, e.Span)).Should().Equal(Digest.Parse(lf).Entries.Select(e => (e.Title, e.Span)));
        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnicodeLineEnds)
            .Which.Message.Should().Be($"{lf.Count(c => c == '\n')} Unicode line ends (NEL, LS, PS, or a lone form feed or vertical tab) were read as line breaks.");
    }

    [Fact]
    public void A_stray_line_separator_in_a_text_of_line_feeds_is_a_character()
    {
        var lf = Fixtures.Read("catalog/basic.txt");
        var document = Digest.Parse(lf.Replace("长链推理成本高", "长链推理\u2028成本高", StringComparison.Ordinal));

        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnicodeLineEnds);
        document.Entries.Select(e => e.Span).Should().Equal(Digest.Parse(lf).Entries.Select(e => e.Span));
    }

    [Fact]
    public void A_form_feed_next_to_a_line_break_is_not_another_line()
    {
        var lf = Fixtures.Read("catalog/basic.txt");
        var document = Digest.Parse(lf.Replace("模型架构2 篇\n", "\f\n模型架构2 篇\n", StringComparison.Ordinal));

        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnicodeLineEnds);
        document.Entries.Should().HaveCount(Digest.Parse(lf).Entries.Count);
    }

    [Fact]
    public void A_stream_past_the_byte_limit_is_refused_before_it_is_read()
    {
        var stream = new EndlessStream(length: DigestOptions.DefaultMaxInputBytes + 1);

        var load = () => Digest.Load(stream);

        load.Should().Throw<DigestParseException>()
            .WithMessage($"The input is {DigestOptions.DefaultMaxInputBytes + 1} bytes, more than the limit of {DigestOptions.DefaultMaxInputBytes} bytes (DigestOptions.MaxInputBytes).");
        stream.BytesRead.Should().Be(0);
    }

    [Fact]
    public void An_endless_stream_stops_at_the_byte_limit()
    {
        var pipeline = new DigestPipelineBuilder().Configure(o => o with { MaxInputBytes = 1_000_000 }).Build();
        var stream = new EndlessStream(length: null);

        var load = () => Digest.Load(stream, pipeline);

        load.Should().Throw<DigestParseException>().WithMessage("The input is longer, more than the limit of 1000000 bytes (DigestOptions.MaxInputBytes).");
        stream.BytesRead.Should().BeLessThan(1_100_000);
    }

    [Fact]
    public void A_taxonomy_stream_past_its_limit_is_a_taxonomy_error()
    {
        var add = () => new TagTaxonomyBuilder().AddJson(new EndlessStream(length: null));

        add.Should().Throw<TagTaxonomyException>().WithMessage($"The taxonomy is larger than the limit of {TagTaxonomy.MaxJsonBytes} bytes (TagTaxonomy.MaxJsonBytes).");
    }

    [Fact]
    public void A_twenty_thousand_long_broader_chain_loads_and_a_cycle_in_it_is_cut_once()
    {
        var concepts = Enumerable.Range(0, 20_000).Select(i => $"{{\"id\":\"c{i}\",\"prefLabel\":{{\"en\":\"chain concept {i}\"}},\"broader\":[\"c{(i + 1) % 20_000}\"]}}");
        var taxonomy = new TagTaxonomyBuilder().AddJson("{\"concepts\":[" + string.Join(',', concepts) + "]}").Build();

        taxonomy.Issues.Should().ContainSingle(i => i.Kind == TaxonomyIssueKind.BroaderCycle)
            .Which.Message.Should().Be("Concept 'c19999' under 'c0' would close a cycle of broader links; the link is ignored.");
        taxonomy.GetConcept("c0").Broader.Should().Equal("c1");
        taxonomy.GetConcept("c19999").Broader.Should().BeEmpty();
    }

    [Fact]
    public void Fifty_thousand_concepts_sharing_one_id_merge_into_one()
    {
        var concepts = Enumerable.Range(0, 50_000).Select(i => $"{{\"id\":\"same\",\"altLabel\":[\"alt {i}\",\"alt 0\"]}}");
        var taxonomy = new TagTaxonomyBuilder().AddJson("{\"concepts\":[" + string.Join(',', concepts) + "]}").Build();

        taxonomy.Concepts.Should().ContainSingle().Which.AltLabels.Should().HaveCount(50_000);
    }

    private static string Page(string body) =>
        $"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>示例论文集</title></head>\n<body><main class=\"main\">{body}</main></body></html>\n";

    private static string Article(int i) =>
        $"<article class=\"paper\"><div class=\"paper-title\"><a href=\"https://openreview.net/forum?id=P{i}\">Short Rollouts Teach Small Models, part {i}</a></div>" +
        "<div class=\"paper-meta\"><span class=\"badge\">基础/前沿模型 (含LLM)</span><span class=\"kw\">#Reasoning</span></div>" +
        "<div class=\"paper-tldr\">TL;DR: Short rewards.</div>" +
        string.Concat(new[] { "🎯 研究动机", "❓ 解决问题", "🔍 现象分析", "🛠️ 主要方法", "📊 数据与实验", "⭐ 主要贡献" }.Select(label =>
            $"<div class=\"dim\"><span class=\"dim-label\">{label}</span><div class=\"dim-content\">长链推理成本高。</div></div>")) +
        "<span class=\"toggle-abs\">查看完整摘要 (Abstract)</span><div class=\"full-abs\">Long chains of thought are costly.</div></article>\n";

    /// <summary>Zeros without end, or a seekable stream that claims a length without holding it.</summary>
    private sealed class EndlessStream(long? length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => length is not null;

        public override bool CanWrite => false;

        public override long Length => length ?? throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            buffer.AsSpan(offset, count).Fill((byte)'a');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
