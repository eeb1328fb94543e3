using System.Text;
using FluentAssertions;

namespace PaperDigest.Tests.Hardening;

/// <summary>
/// The hostile inputs of docs/reliability.md, each with its exact outcome (the ones covered elsewhere are named there:
/// empty, whitespace, binary, size limits, 100,000 nested elements, CR line ends).
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Nul_bytes_inside_a_catalog_are_kept_as_text()
    {
        var text = Fixtures.Read("catalog/basic.txt").Replace("TL;DR:", "TL;DR:\0\0", StringComparison.Ordinal);

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Should().HaveCount(Digest.Parse(Fixtures.Read("catalog/basic.txt")).Entries.Count);
        document.Entries[0].TlDr.Should().StartWith("\0\0");
        Accounting.UnaccountedLines(document, text).Should().BeEmpty();
    }

    [Fact]
    public void A_64_MB_single_line_is_one_entry()
    {
        var text = string.Create(64 * 1024 * 1024, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = "model reasoning 推理 "[i % 19];
            }
        });

        var document = Digest.Parse(text);

        document.Entries.Should().ContainSingle().Which.Body!.Length.Should().Be(text.TrimEnd().Length);
        document.Entries[0].Span.Should().Be(new LineSpan(1, 1));
    }

    [Fact]
    public void Truncated_utf8_decodes_with_a_replacement_character_and_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Read("tagged/basic.txt"));
        var cut = bytes.AsSpan(0, bytes.Length - 1).LastIndexOf((byte)0xE5) + 1;   // inside a 3-byte character

        var document = Digest.Load(new MemoryStream(bytes[..cut]));

        document.Format.Should().Be(DigestFormat.Tagged);
        document.Encoding.Should().Be("utf-8");
        document.Diagnostics.Should().Contain(d => d.Code == "PD0003" && d.Message.StartsWith("1 byte sequences are not valid utf-8", StringComparison.Ordinal));
        Accounting.UnaccountedLines(document, Encoding.UTF8.GetString(bytes[..cut])).Should().BeEmpty();
    }

    [Fact]
    public void Gbk_bytes_without_a_declaration_are_detected_and_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Fixtures.Read("brief/plain.txt");

        var document = Digest.Load(new MemoryStream(Encoding.GetEncoding("GBK").GetBytes(text)));

        document.Encoding.Should().Be("gb18030");
        document.Format.Should().Be(DigestFormat.Brief);
        document.Entries.Select(e => e.Title).Should().Equal(Digest.Parse(text).Entries.Select(e => e.Title));
    }

    [Fact]
    public void Lone_surrogates_are_kept_and_do_not_break_folding_or_search()
    {
        var text = Fixtures.Read("tagged/traditional.txt").Replace("論文", "論\uD800文", StringComparison.Ordinal) + "\uDC00";

        var document = Digest.Parse(text);

        document.Format.Should().Be(DigestFormat.Tagged);
        document.Tags.Single().Label.Should().Be("論\uD800文");
        var corpus = new DigestCorpus();
        corpus.Add(document);
        corpus.Entries.Containing("論\uD800文").Should().HaveCount(document.Entries.Count(e => (e.Title + e.Body).Contains("論\uD800文", StringComparison.Ordinal)));
        Accounting.UnaccountedLines(document, text).Should().BeEmpty();
    }

    [Fact]
    public void A_byte_order_mark_in_the_middle_is_text_not_a_line_break()
    {
        var text = Fixtures.Read("catalog/basic.txt");
        var middle = text.IndexOf("TL;DR", StringComparison.Ordinal);

        var document = Digest.Load(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.Insert(middle, "\uFEFF"))).ToArray()));

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Should().HaveCount(Digest.Parse(text).Entries.Count);
    }

    [Fact]
    public void Mixed_layouts_in_one_file_parse_as_the_dominant_one_with_the_rest_accounted_for()
    {
        var text = Fixtures.Read("catalog/basic.txt") + "\n" + Fixtures.Read("tagged/basic.txt");

        var document = Digest.Parse(text);

        // The catalog wins; the tagged lines after its last paper read as that paper's abstract, so nothing is lost.
        document.Format.Should().Be(DigestFormat.Catalog);
        document.Detection.Candidates.Should().Contain(c => c.Format == DigestFormat.Tagged && c.Score < document.Detection.Score);
        document.Entries.Should().HaveCount(Digest.Parse(Fixtures.Read("catalog/basic.txt")).Entries.Count);
        document.Entries[^1].Abstract.Should().Contain("位置编码才是长文本检索的瓶颈");
        Accounting.UnaccountedLines(document, text).Should().BeEmpty();
    }

    [Fact]
    public void A_catalog_of_100000_papers_parses_every_paper()
    {
        const string block = "基础/前沿模型 (含LLM)\n推理与思维链\n#RLVR\nTL;DR:Short proofs.\n🎯 研究动机成本高。\n❓ 解决问题提高正确率。\n🔍 现象分析错误集中。\n🛠️ 主要方法可验证奖励。\n📊 数据与实验提升3.2%。\n⭐ 主要贡献步骤加权。\n查看完整摘要 (Abstract)\nShort proofs, weighted rewards.\n";
        var text = new StringBuilder("推理与思维链100000 篇\n", (block.Length * 100_000) + 32);
        for (var i = 0; i < 100_000; i++)
        {
            text.Append(block);
        }

        var document = Digest.Parse(text.ToString());

        document.Format.Should().Be(DigestFormat.Catalog);
        document.Entries.Should().HaveCount(100_000);
        document.Entries[^1].Ordinal.Should().Be(100_000);
        document.Diagnostics.Should().BeEmpty();
    }
}
