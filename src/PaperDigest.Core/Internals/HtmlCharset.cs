using System.Text;

namespace PaperDigest.Internals;

/// <summary>Finds the charset an HTML page declares (<c>&lt;meta charset="gbk"&gt;</c> or the http-equiv form) in its leading bytes.</summary>
internal static class HtmlCharset
{
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        var at = IndexOfIgnoreCase(head, "charset"u8);
        while (at >= 0)
        {
            var rest = head[(at + "charset".Length)..];
            var i = 0;
            while (i < rest.Length && rest[i] is (byte)' ' or (byte)'=' or (byte)'"' or (byte)'\'')
            {
                i++;
            }

            var start = i;
            while (i < rest.Length && (char.IsAsciiLetterOrDigit((char)rest[i]) || rest[i] is (byte)'-' or (byte)'_'))
            {
                i++;
            }

            if (i > start && rest[..start].Contains((byte)'='))
            {
                return Encoding.ASCII.GetString(rest[start..i]);
            }

            var next = IndexOfIgnoreCase(rest, "charset"u8);
            at = next < 0 ? -1 : at + "charset".Length + next;
        }

        return null;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(haystack.Slice(i, needle.Length), needle))
            {
                return i;
            }
        }

        return -1;
    }
}
