using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperDigest.Serialization;

/// <summary>
/// Strings that round-trip as the model holds them, lone surrogates included: System.Text.Json writes a lone
/// surrogate as U+FFFD and refuses to read one back from a <c>\uD800</c> escape. Such a string is written with that
/// escape and read back by hand; every other string takes the serializer's own path.
/// </summary>
internal sealed class LosslessStringConverter(JavaScriptEncoder encoder) : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.ValueIsEscaped)
        {
            return reader.GetString();
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        var span = value.AsSpan();
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || !HasLoneSurrogate(span))
        {
            writer.WriteStringValue(value);
            return;
        }

        var json = new StringBuilder(value.Length + 16).Append('"');
        var from = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }

            if (!char.IsSurrogate(span[i]))
            {
                continue;
            }

            json.Append(JsonEncodedText.Encode(span[from..i], encoder).Value).Append(@"\u").Append(((int)span[i]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            from = i + 1;
        }

        json.Append(JsonEncodedText.Encode(span[from..], encoder).Value).Append('"');
        writer.WriteRawValue(json.ToString(), skipInputValidation: true);
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The JSON string escapes, with \uXXXX taken as one UTF-16 unit whether or not it pairs.
    private static string Unescape(ReadOnlySpan<byte> utf8)
    {
        var text = new StringBuilder(utf8.Length);
        while (utf8.IndexOf((byte)'\\') is var at and >= 0)
        {
            text.Append(Encoding.UTF8.GetString(utf8[..at]));
            var code = utf8[at + 1];
            if (code == (byte)'u')
            {
                text.Append((char)Convert.ToInt32(Encoding.ASCII.GetString(utf8.Slice(at + 2, 4)), 16));
                utf8 = utf8[(at + 6)..];
                continue;
            }

            text.Append(code switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)code, // \" \\ \/
            });
            utf8 = utf8[(at + 2)..];
        }

        return text.Append(Encoding.UTF8.GetString(utf8)).ToString();
    }
}
