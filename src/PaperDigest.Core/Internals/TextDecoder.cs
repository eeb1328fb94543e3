using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PaperDigest.Internals;

/// <summary>
/// Turns input bytes into text. In order: a byte-order mark (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE); UTF-16
/// without a mark, told by its NUL bytes; valid UTF-8; an HTML <c>&lt;meta charset&gt;</c> in the first 2 KiB,
/// read as WHATWG does (a UTF-16 label means UTF-8, since the bytes were already found not to be UTF-16);
/// legacy Chinese encodings (GB18030, which covers GBK and GB2312, or Big5), chosen by which decoding reads
/// as common Chinese, also over a declared UTF-8 the bytes are not; otherwise UTF-8 with the undecodable
/// sequences replaced by U+FFFD and counted.
/// </summary>
internal static class TextDecoder
{
    private const int Gb18030CodePage = 54936;
    private const int Big5CodePage = 950;
    private const int CharsetSniffLength = 2048;
    private const int MaxPooledChars = 32 * 1024 * 1024;

    // At most one invalid sequence per this many non-ASCII bytes still counts as UTF-8.
    private const int MostlyUtf8 = 100;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Frequent characters in both scripts: a right guess between GB18030 and Big5 decodes many of them.
    private static readonly SearchValues<char> CommonChinese = SearchValues.Create(
        "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心本前开開但因只从從想实實模型研究论論文");

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Lenient(Utf8, bytes[3..], "utf-8", "byte-order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Lenient(new UTF32Encoding(bigEndian: false, byteOrderMark: false), bytes[4..], "utf-32le", "byte-order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Lenient(new UTF32Encoding(bigEndian: true, byteOrderMark: false), bytes[4..], "utf-32be", "byte-order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Lenient(Encoding.Unicode, bytes[2..], "utf-16le", "byte-order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Lenient(Encoding.BigEndianUnicode, bytes[2..], "utf-16be", "byte-order mark");
        }

        if (Utf16WithoutMark(bytes) is { } utf16)
        {
            return Lenient(utf16, bytes, utf16.CodePage == 1201 ? "utf-16be" : "utf-16le", "no byte-order mark; NUL bytes in every other position");
        }

        if (TryDecodeValidUtf8(bytes) is { } valid)
        {
            return new DecodedText(valid, "utf-8", "valid UTF-8", 0);
        }

        // A UTF-8 file with a few broken sequences (a truncated download, a bad paste) stays UTF-8.
        var utf8 = Lenient(Utf8, bytes, "utf-8", "UTF-8 with a few invalid sequences");
        var nonAscii = bytes.Length - CountAscii(bytes);
        if (utf8.InvalidSequences * MostlyUtf8 <= nonAscii)
        {
            return utf8;
        }

        var declared = HtmlCharset.Sniff(bytes[..Math.Min(bytes.Length, CharsetSniffLength)]);
        var encoding = declared is null ? null : ResolveDeclared(declared);
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return Lenient(encoding, bytes, Name(encoding), $"<meta charset={declared}>");
        }

        // A page that declares UTF-8 (or UTF-16, which WHATWG reads as UTF-8) but is not: its bytes, not its
        // declaration, decide. The document says so.
        if (LegacyChinese(bytes) is { } legacy)
        {
            return declared is null ? legacy : legacy with { Overridden = $"<meta charset={declared}>" };
        }

        return utf8 with { Reason = "no encoding fits; invalid sequences replaced" };
    }

    // Validates and transcodes in one pass into a pooled buffer, then copies once into the string: cheaper than a
    // validation pass followed by Encoding.GetString's own counting and transcoding passes.
    // A rare huge input goes the two-pass way, so the pool does not keep its buffer.
    private static string? TryDecodeValidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxPooledChars)
        {
            return System.Text.Unicode.Utf8.IsValid(bytes) ? Utf8.GetString(bytes) : null;
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            return System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(chars, 0, written)
                : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // A charset declared in the page, read as WHATWG reads a <meta>: a UTF-16 label means UTF-8.
    private static Encoding? ResolveDeclared(string label) =>
        label.Trim().ToLowerInvariant() is "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2" or "csunicode" or "iso-10646-ucs-2" or "unicodefeff" or "unicodefffe"
            ? Utf8
            : Resolve(label);

    // UTF-16 text without a byte-order mark: mostly ASCII, so nearly every other byte is NUL; which half is NUL
    // gives the byte order. Read over a prefix; text with a few stray NULs (binary junk in UTF-8) does not qualify.
    private static UnicodeEncoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 8)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNul * 10 >= pairs * 3 && evenNul * 50 <= pairs)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        return evenNul * 10 >= pairs * 3 && oddNul * 50 <= pairs ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false) : null;
    }

    /// <summary>
    /// The encoding a charset label names; GBK and GB2312 read as their superset GB18030. UTF-7 names nothing:
    /// HTML forbids it (it smuggles markup past filters) and .NET has it disabled.
    /// </summary>
    public static Encoding? Resolve(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        return name switch
        {
            "utf-7" or "utf7" or "unicode-1-1-utf-7" or "csunicode11utf7" or "x-unicode20utf7" => null,
            "utf-8" or "utf8" => Utf8,
            "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "cp936" or "gb18030" => LegacyEncoding(Gb18030CodePage, DecoderFallback.ReplacementFallback),
            "big5" or "big5-hkscs" or "x-x-big5" or "cp950" => LegacyEncoding(Big5CodePage, DecoderFallback.ReplacementFallback),
            _ => System.Text.CodePagesEncodingProvider.Instance.GetEncoding(name) ?? TryFramework(name),
        };
    }

    private static DecodedText? LegacyChinese(ReadOnlySpan<byte> bytes)
    {
        var gb = Strict(Gb18030CodePage, bytes);
        var big5 = Strict(Big5CodePage, bytes);
        if (gb is null && big5 is null)
        {
            return null;
        }

        // Both may decode without error; the right one reads as common Chinese.
        if (big5 is not null && (gb is null || Common(big5) > Common(gb)))
        {
            return new DecodedText(big5, "big5", "not UTF-8; reads as Big5", 0);
        }

        return new DecodedText(gb!, "gb18030", "not UTF-8; reads as GB18030 (GBK)", 0);
    }

    private static string? Strict(int codePage, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return LegacyEncoding(codePage, DecoderFallback.ExceptionFallback).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding LegacyEncoding(int codePage, DecoderFallback fallback) =>
        System.Text.CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ReplacementFallback, fallback)
        ?? throw new InvalidOperationException($"Code page {codePage} is not available.");

    private static Encoding? TryFramework(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Unknown names throw ArgumentException; names .NET knows but has disabled throw NotSupportedException.
            return null;
        }
    }

    private static DecodedText Lenient(Encoding encoding, ReadOnlySpan<byte> bytes, string name, string reason)
    {
        var text = encoding.GetString(bytes);
        return new DecodedText(text, name, reason, text.AsSpan().Count('\uFFFD'));
    }

    private static string Name(Encoding encoding) => encoding.CodePage switch
    {
        Gb18030CodePage => "gb18030",
        Big5CodePage => "big5",
        _ => encoding.WebName,
    };

    private static int CountAscii(ReadOnlySpan<byte> bytes)
    {
        var firstNonAscii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (firstNonAscii < 0)
        {
            return bytes.Length;
        }

        var count = firstNonAscii;
        foreach (var b in bytes[firstNonAscii..])
        {
            count += b < 0x80 ? 1 : 0;
        }

        return count;
    }

    private static int Common(string text)
    {
        var count = 0;
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(CommonChinese); i >= 0; i = span.IndexOfAny(CommonChinese))
        {
            count++;
            span = span[(i + 1)..];
        }

        return count;
    }
}
