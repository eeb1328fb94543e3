using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperDigest.Serialization;

/// <summary>Writes an <see cref="EntryField"/> as its name, also as a dictionary key (<c>"fields": {"motivation": ...}</c>).</summary>
internal sealed class EntryFieldJsonConverter : JsonConverter<EntryField>
{
    public override EntryField Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A field name cannot be null."));

    public override void Write(Utf8JsonWriter writer, EntryField value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name);

    public override EntryField ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, EntryField value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Name);
}
