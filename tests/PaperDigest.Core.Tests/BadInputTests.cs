using System.Text;
using FluentAssertions;

namespace PaperDigest.Tests;

/// <summary>Bad input gets a document with diagnostics, never an exception (lenient mode).</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("", "The input is empty.")]
    [InlineData("   \n\t\r\n  ", "The input is white space only.")]
    public void Empty_or_blank_input_gives_an_empty_document_with_one_warning(string text, string message)
    {
        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Unknown);
        document.Entries.Should().BeEmpty();
        document.Sections.Should().BeEmpty();
        document.Diagnostics.Should().Equal(new DigestDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyInput, message, null));
    }

    [Fact]
    public void Binary_bytes_are_kept_in_one_entry_with_diagnostics()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        var document = Digest.Load(new MemoryStream(bytes));

        document.Format.Should().Be(DigestFormat.Unknown);
        document.Entries.Should().ContainSingle().Which.Body.Should().NotBeNullOrEmpty();
        document.Diagnostics.Select(d => d.Code).Should().Contain([DiagnosticCodes.BinaryContent, DiagnosticCodes.UnknownFormat]);
    }

    [Fact]
    public void Prose_that_fits_no_layout_is_unknown_and_kept_whole()
    {
        const string text = "\n\nJust a note to myself.\nNothing structured here.\n\n";

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Unknown);
        var entry = document.Entries.Should().ContainSingle().Subject;
        entry.Body.Should().Be("Just a note to myself.\nNothing structured here.");
        entry.Span.Should().Be(new LineSpan(3, 4));
        document.Diagnostics.Should().Equal(new DigestDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnknownFormat,
            "No layout fits this input; its text is kept in one entry.", 3));
    }

    [Fact]
    public void Input_past_the_size_limit_throws_the_documented_exception_in_any_mode()
    {
        var pipeline = new DigestPipelineBuilder().Configure(o => o with { MaxInputLength = 100, MaxInputBytes = 400 }).Build();

        var parse = () => pipeline.Parse(new string('x', 101));
        var load = () => Digest.Load(new MemoryStream(new byte[401]), pipeline);
        var decodedTooLong = () => Digest.Load(new MemoryStream(new byte[101]), pipeline);

        parse.Should().Throw<DigestParseException>().WithMessage("*101 characters*limit of 100*");
        load.Should().Throw<DigestParseException>().WithMessage("The input is 401 bytes, more than the limit of 400 bytes (DigestOptions.MaxInputBytes).");
        decodedTooLong.Should().Throw<DigestParseException>().WithMessage("*101 characters*limit of 100*");
        pipeline.Parse(new string('x', 100)).Entries.Should().ContainSingle();
    }

    [Fact]
    public void Entry_limit_keeps_the_first_entries_and_reports_one_error()
    {
        var pipeline = new DigestPipelineBuilder().Configure(o => o with { MaxEntries = 3 }).Build();

        var document = pipeline.Parse(Fixtures.Read("catalog/basic.txt"));

        document.Entries.Should().HaveCount(3);
        document.Diagnostics.Where(d => d.Code == DiagnosticCodes.EntryLimitReached).Should().ContainSingle()
            .Which.Should().Match<DigestDiagnostic>(d => d.Severity == DiagnosticSeverity.Error && d.Line == 40);
    }

    [Fact]
    public void Diagnostic_limit_keeps_the_first_and_counts_the_rest()
    {
        var pipeline = new DigestPipelineBuilder().Configure(o => o with { MaxDiagnostics = 2 }).Build();
        // Four truncated papers (domain, category, tags only), then one without three fields and its abstract.
        var text = "效率与压缩5 篇\n" + string.Concat(Enumerable.Repeat("基础/前沿模型 (含LLM)\n效率与压缩\n#Pruning\n", 5))
            + "🎯 研究动机x\n❓ 解决问题y\n";

        var document = pipeline.Parse(text);

        document.Entries.Should().HaveCount(5);
        document.Diagnostics.Should().HaveCount(3);
        document.Diagnostics[0].Should().Be(new DigestDiagnostic(DiagnosticSeverity.Info, DiagnosticCodes.DiagnosticsTruncated,
            "4 more diagnostics were not kept (limit 2).", null));
    }

    [Fact]
    public void Utf8_bom_and_utf16_bom_decode_to_the_same_document()
    {
        var text = Fixtures.Read("catalog/basic.txt");
        var expected = Digest.Parse(text);

        foreach (var encoding in new Encoding[] { new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
            Digest.Load(new MemoryStream(bytes)).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering().Excluding(d => d.Encoding), encoding.EncodingName);
        }
    }

    [Fact]
    public async Task LoadAsync_reads_a_stream_and_honours_cancellation()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Read("catalog/basic.txt"));

        var document = await Digest.LoadAsync(new MemoryStream(bytes), cancellationToken: TestContext.Current.CancellationToken);
        document.Entries.Should().HaveCount(4);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var act = () => Digest.LoadAsync(new MemoryStream(bytes), cancellationToken: cancelled.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void A_page_of_100000_nested_elements_is_read_without_exhausting_the_stack()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "最深处的文字</body></html>";

        var document = Digest.Parse(page);

        document.Entries.Should().ContainSingle().Which.Body.Should().Be("最深处的文字");
    }

    [Fact]
    public void A_catalog_page_with_a_deeply_nested_field_is_read_without_exhausting_the_stack()
    {
        var page = "<html><body><section><h2 class=\"cat-title\">推理<small>1 篇</small></h2><article class=\"paper\">"
            + "<div class=\"dim\"><span class=\"dim-label\">🎯 研究动机</span><div class=\"dim-content\">"
            + string.Concat(Enumerable.Repeat("<span>", 100_000)) + "深层内容</div></div>"
            + "<div class=\"dim\"><span class=\"dim-label\">🛠️ 主要方法</span><div class=\"dim-content\">方法。</div></div>"
            + "<span>查看完整摘要 (Abstract)</span><div>Abstract.</div></article></section></body></html>";

        var document = Digest.Parse(page);

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Should().ContainSingle().Which.GetField(EntryField.Motivation).Should().Be("深层内容");
    }

    [Fact]
    public void Carriage_return_line_ends_and_a_5_million_character_line_parse()
    {
        var crOnly = Fixtures.Read("catalog/basic.txt").ReplaceLineEndings("\r");

        Digest.Parse(crOnly).Should().BeEquivalentTo(Digest.Parse(Fixtures.Read("catalog/basic.txt")), o => o.WithStrictOrdering());
        var longLine = Digest.Parse(new string('字', 5_000_000) + "。");
        longLine.Entries.Should().ContainSingle().Which.Body.Should().HaveLength(5_000_001);
    }
}
