using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperDigest.Serialization;

/// <summary>Writes a <see cref="DigestFormat"/> as its name.</summary>
internal sealed class DigestFormatJsonConverter : JsonConverter<DigestFormat>
{
    public override DigestFormat Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString();
        return string.IsNullOrWhiteSpace(name) ? DigestFormat.Unknown : new DigestFormat(name);
    }

    public override void Write(Utf8JsonWriter writer, DigestFormat value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name);
}
