using System.Text.Json;

namespace PaperDigest.Export.Writers;

/// <summary>What the JSON formats write alike: authors as CSL name objects, members only where they have a value.</summary>
internal static class PaperJson
{
    /// <summary>An array of <c>{family, given, suffix}</c> or <c>{literal}</c> objects named <paramref name="name"/>.</summary>
    public static void WriteAuthors(Utf8JsonWriter json, string name, IReadOnlyList<PersonName> authors)
    {
        json.WriteStartArray(name);
        foreach (var author in authors)
        {
            json.WriteStartObject();
            if (author.IsLiteral)
            {
                json.WriteString("literal", author.Literal);
            }
            else
            {
                json.WriteString("family", author.Family);
                json.WriteString("given", author.Given);
                Optional(json, "suffix", author.Suffix);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }
}
