using System.Text.Json;

namespace PaperDigest.Taxonomy;

/// <summary>
/// Reads the taxonomy JSON schema (<c>docs/taxonomy.md</c>): <c>{"concepts": [{"id", "prefLabel": {lang: label},
/// "altLabel": [...], "hiddenLabel": [...], "broader": [...]}]}</c>. Unknown properties are errors, so a typo such
/// as <c>altLabels</c> is caught instead of silently ignored.
/// </summary>
internal static class TaxonomyJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    private static readonly string[] RootProperties = ["$schema", "version", "description", "concepts"];

    public static IReadOnlyList<TagConcept> Read(string json)
    {
        if (json.Length > TagTaxonomy.MaxJsonBytes)
        {
            throw TooLarge();
        }

        return Read(() => JsonDocument.Parse(json, Options));
    }

    // Read whole under the byte limit first: a stream without end (a device) must not be buffered without bound.
    public static IReadOnlyList<TagConcept> Read(Stream utf8Json)
    {
        Internals.PooledBytes bytes;
        try
        {
            bytes = Internals.ByteReader.ReadAll(utf8Json, TagTaxonomy.MaxJsonBytes);
        }
        catch (DigestParseException)
        {
            throw TooLarge();
        }

        // The document is read into concepts and disposed before the buffer goes back to the pool.
        using (bytes)
        {
            return Read(() => JsonDocument.Parse(bytes.Memory, Options));
        }
    }

    private static TagTaxonomyException TooLarge() =>
        new($"The taxonomy is larger than the limit of {TagTaxonomy.MaxJsonBytes} bytes (TagTaxonomy.MaxJsonBytes).");

    private static List<TagConcept> Read(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            throw new TagTaxonomyException($"The taxonomy is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new TagTaxonomyException("The taxonomy must be a JSON object with a \"concepts\" array.");
            }

            CheckProperties(root, RootProperties, "the root object");
            if (!root.TryGetProperty("concepts", out var concepts) || concepts.ValueKind != JsonValueKind.Array)
            {
                throw new TagTaxonomyException("The taxonomy has no \"concepts\" array.");
            }

            var result = new List<TagConcept>(concepts.GetArrayLength());
            var index = 0;
            foreach (var element in concepts.EnumerateArray())
            {
                result.Add(ReadConcept(element, $"concepts[{index++}]"));
            }

            return result;
        }
    }

    private static TagConcept ReadConcept(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new TagTaxonomyException($"{path}: a concept must be a JSON object.");
        }

        CheckProperties(element, ["id", "prefLabel", "altLabel", "hiddenLabel", "broader", "note"], path);
        var id = element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        if (!TagConcept.IsValidId(id))
        {
            throw new TagTaxonomyException($"{path}: \"id\" must be a kebab-case string such as \"large-language-models\" (found {(id is null ? "none" : $"'{id}'")}).");
        }

        var where = $"{path} ('{id}')";
        return new TagConcept(id!)
        {
            PrefLabels = ReadPrefLabels(element, where),
            AltLabels = ReadStrings(element, "altLabel", where),
            HiddenLabels = ReadStrings(element, "hiddenLabel", where),
            Broader = ReadStrings(element, "broader", where),
        };
    }

    private static Dictionary<string, string> ReadPrefLabels(JsonElement concept, string path)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!concept.TryGetProperty("prefLabel", out var element))
        {
            return labels;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new TagTaxonomyException($"{path}: \"prefLabel\" must be an object of language tag to label, e.g. {{\"en\": \"reasoning\", \"zh-Hans\": \"推理\"}}.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                throw new TagTaxonomyException($"{path}: prefLabel \"{property.Name}\" must be a non-empty string.");
            }

            if (!labels.TryAdd(TagLanguages.Canonicalize(property.Name), property.Value.GetString()!))
            {
                throw new TagTaxonomyException($"{path}: prefLabel has two labels for the language \"{TagLanguages.Canonicalize(property.Name)}\"; a concept has one preferred label per language.");
            }
        }

        return labels;
    }

    private static string[] ReadStrings(JsonElement concept, string name, string path)
    {
        if (!concept.TryGetProperty(name, out var element))
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new TagTaxonomyException($"{path}: \"{name}\" must be an array of strings.");
        }

        var values = new List<string>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new TagTaxonomyException($"{path}: \"{name}\" must hold only strings.");
            }

            values.Add(item.GetString()!);
        }

        return [.. values];
    }

    /// <summary>Writes concepts (with an optional note each) as a taxonomy document in the schema <see cref="Read(string)"/> reads.</summary>
    public static string Write(string description, IEnumerable<(TagConcept Concept, string? Note)> concepts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("description", description);
            json.WriteStartArray("concepts");
            foreach (var (concept, note) in concepts)
            {
                WriteConcept(json, concept, note);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteConcept(Utf8JsonWriter json, TagConcept concept, string? note)
    {
        json.WriteStartObject();
        json.WriteString("id", concept.Id);
        if (concept.PrefLabels.Count > 0)
        {
            json.WriteStartObject("prefLabel");
            foreach (var (language, label) in concept.PrefLabels)
            {
                json.WriteString(language, label);
            }

            json.WriteEndObject();
        }

        WriteStrings(json, "altLabel", concept.AltLabels);
        WriteStrings(json, "hiddenLabel", concept.HiddenLabels);
        WriteStrings(json, "broader", concept.Broader);
        if (note is not null)
        {
            json.WriteString("note", note);
        }

        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void CheckProperties(JsonElement element, string[] allowed, string path)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw new TagTaxonomyException($"{path}: unknown property \"{property.Name}\" (expected one of {string.Join(", ", allowed)}).");
            }
        }
    }
}
