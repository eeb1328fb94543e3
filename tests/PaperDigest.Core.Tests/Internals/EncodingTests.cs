using System.Text;
using FluentAssertions;

namespace PaperDigest.Tests.Internals;

/// <summary>Byte input: the encoding is detected, reported on the document, and bad bytes become a diagnostic.</summary>
public sealed class EncodingTests
{
    private static Encoding Legacy(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    [Theory]
    [InlineData("catalog/basic.txt", 54936, "gb18030")]
    [InlineData("tagged/basic.txt", 936, "gb18030")]
    [InlineData("tagged/traditional.txt", 950, "big5")]
    public void Legacy_chinese_files_without_a_declaration_decode_and_report_their_encoding(string fixture, int codePage, string encoding)
    {
        var text = Fixtures.Read(fixture);
        var bytes = Legacy(codePage).GetBytes(text);

        var document = Digest.Load(new MemoryStream(bytes));

        document.Encoding.Should().Be(encoding);
        document.Should().BeEquivalentTo(Digest.Parse(text), o => o.WithStrictOrdering().Excluding(d => d.Encoding));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Byte_order_marks_pick_utf8_and_utf16(string encoding)
    {
        var text = Fixtures.Read("tagged/basic.txt");
        var chosen = encoding switch
        {
            "utf-8" => new UTF8Encoding(true),
            "utf-16le" => Encoding.Unicode,
            _ => Encoding.BigEndianUnicode,
        };

        var document = Digest.Load(new MemoryStream([.. chosen.GetPreamble(), .. chosen.GetBytes(text)]));

        document.Encoding.Should().Be(encoding);
        document.Entries.Select(e => e.Publisher).Should().Equal("示例科技", "示例周刊", "示例日报");
    }

    [Fact]
    public void Detection_from_bytes_decodes_them_first()
    {
        var bytes = Legacy(54936).GetBytes(Fixtures.Read("catalog/basic.txt"));

        Digest.Detect(new MemoryStream(bytes)).Should().BeEquivalentTo(Digest.Detect(Fixtures.Read("catalog/basic.txt")));
    }

    [Fact]
    public void Plain_utf8_and_strings_report_utf8_and_nothing()
    {
        Digest.Load(new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Read("brief/plain.txt")))).Encoding.Should().Be("utf-8");
        Digest.Parse(Fixtures.Read("brief/plain.txt")).Encoding.Should().BeNull();
    }

    [Fact]
    public void A_page_declaring_gbk_is_read_as_gbk()
    {
        const string page = "<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>简报</title></head><body><p>小模型也能自己查错。</p></body></html>";

        var document = Digest.Load(new MemoryStream(Legacy(936).GetBytes(page)));

        document.Encoding.Should().Be("gb18030");
        document.Entries.Should().ContainSingle().Which.Body.Should().Contain("小模型也能自己查错");
        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InvalidEncoding);
    }

    [Fact]
    public void A_few_broken_utf8_sequences_keep_utf8_and_are_reported()
    {
        var good = Encoding.UTF8.GetBytes(Fixtures.Read("catalog/basic.txt"));
        var broken = good.Take(300).Concat(new byte[] { 0xE4, 0xB8 }).Concat(good.Skip(300)).ToArray();

        var document = Digest.Load(new MemoryStream(broken));

        document.Encoding.Should().Be("utf-8");
        document.Entries.Should().HaveCount(4);
        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidEncoding)
            .Which.Message.Should().StartWith("1 byte sequences are not valid utf-8");
    }
    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 1)]
    [InlineData(false, 7_919)]
    public void A_stream_read_in_any_chunks_loads_as_its_text_parses(bool seekable, int chunk)
    {
        // Large enough that a non-seekable read grows its pooled buffer several times.
        var text = string.Concat(Enumerable.Repeat(Fixtures.Read("catalog/basic.txt"), 120));
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes.Length.Should().BeGreaterThan(4 * 64 * 1024);

        var document = Digest.Load(new ChunkedStream(bytes, seekable, chunk == 1 ? bytes.Length : chunk));

        document.Encoding.Should().Be("utf-8");
        document.Entries.Should().HaveCount(Digest.Parse(text).Entries.Count);
        document.Should().BeEquivalentTo(Digest.Parse(text), o => o.WithStrictOrdering().Excluding(d => d.Encoding));
    }

    [Fact]
    public void Loads_one_after_another_reuse_pooled_buffers_without_mixing_their_bytes()
    {
        // A long input then a short one: the short one must not see the long one's tail.
        var longText = string.Concat(Enumerable.Repeat(Fixtures.Read("catalog/basic.txt"), 20));
        var shortText = Fixtures.Read("tagged/basic.txt");

        Digest.Load(new MemoryStream(Encoding.UTF8.GetBytes(longText)));
        var document = Digest.Load(new ChunkedStream(Encoding.UTF8.GetBytes(shortText), seekable: false, 100));

        document.Should().BeEquivalentTo(Digest.Parse(shortText), o => o.WithStrictOrdering().Excluding(d => d.Encoding));
    }

    /// <summary>Bytes handed out at most <c>chunk</c> at a time, with or without a known length.</summary>
    private sealed class ChunkedStream(byte[] bytes, bool seekable, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? bytes.Length : throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
