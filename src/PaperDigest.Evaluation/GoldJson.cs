using System.Text.Json;

namespace PaperDigest.Evaluation;

/// <summary>
/// Reads gold files (<c>docs/evaluation.md</c>). Reading is strict: an unknown member, a wrong type or a
/// missing <c>input</c>/<c>format</c> is a <see cref="GoldFormatException"/> naming the file and the JSON
/// path, because a misspelt fact would otherwise silently go unscored.
/// </summary>
public static class GoldJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    /// <summary>Reads a gold file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The gold document (twin and generator references not yet resolved).</returns>
    /// <exception cref="GoldFormatException">The file is not a valid gold file.</exception>
    public static GoldDocument ReadFile(string path) => Read(File.ReadAllText(path), path);

    /// <summary>Reads gold JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for the input in error messages (usually its path).</param>
    /// <returns>The gold document (twin and generator references not yet resolved).</returns>
    /// <exception cref="GoldFormatException">The text is not a valid gold file.</exception>
    public static GoldDocument Read(string json, string source = "gold")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new GoldFormatException(source, ex.Path ?? "$", $"not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            // Text that is not valid UTF-16 (a lone surrogate) cannot be JSON; found by the gold fuzz target.
            throw new GoldFormatException(source, "$", $"not valid text: {ex.Message}", ex);
        }

        using (document)
        {
            return new GoldReader(source).ReadDocument(document.RootElement);
        }
    }

    /// <summary>Walks one gold file, tracking the JSON path for error messages.</summary>
    private sealed class GoldReader(string source)
    {
        private static readonly string[] DocumentMembers =
            ["input", "format", "notes", "document", "sections", "entryCount", "each", "entries", "twin", "generator"];

        private static readonly string[] EntryOnlyMembers = ["fields", "tags", "links", "authors", "ordinal"];

        public GoldDocument ReadDocument(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "$");
            CheckMembers(root, "$", DocumentMembers);
            return new GoldDocument
            {
                Input = RequiredString(root, "$", "input"),
                Format = new DigestFormat(RequiredString(root, "$", "format")),
                Notes = OptionalString(root, "$", "notes"),
                Document = root.TryGetProperty("document", out var facts) ? ReadFacts(facts, "$.document") : null,
                Sections = root.TryGetProperty("sections", out var sections) ? ReadArray(sections, "$.sections", ReadSection) : null,
                EntryCount = OptionalInt(root, "$", "entryCount"),
                Each = root.TryGetProperty("each", out var each) ? ReadEntry(each, "$.each") : null,
                Entries = root.TryGetProperty("entries", out var entries) ? ReadArray(entries, "$.entries", ReadEntry) : [],
                Twin = root.TryGetProperty("twin", out var twin) ? ReadTwin(twin, "$.twin") : null,
                Generator = root.TryGetProperty("generator", out var generator) ? ReadGenerator(generator, "$.generator") : null,
            };
        }

        private GoldDocumentFacts ReadFacts(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.Object, path);
            CheckMembers(element, path, ["title", "url", "publisher", "date", "tags"]);
            return new GoldDocumentFacts
            {
                Title = OptionalText(element, path, "title"),
                Url = OptionalText(element, path, "url"),
                Publisher = OptionalText(element, path, "publisher"),
                Date = OptionalText(element, path, "date"),
                Tags = OptionalStrings(element, path, "tags"),
            };
        }

        private GoldSection ReadSection(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.Object, path);
            CheckMembers(element, path, ["title", "count"]);
            return new GoldSection(RequiredString(element, path, "title"), OptionalInt(element, path, "count"));
        }

        private GoldEntry ReadEntry(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.Object, path);
            var texts = new Dictionary<string, GoldText>(StringComparer.Ordinal);
            foreach (var member in element.EnumerateObject())
            {
                if (EntryMembers.TextMembers.Contains(member.Name))
                {
                    texts[member.Name] = ReadText(member.Value, $"{path}.{member.Name}");
                }
                else if (!EntryOnlyMembers.Contains(member.Name))
                {
                    throw Error($"{path}.{member.Name}", $"unknown entry member '{member.Name}'");
                }
            }

            if (element.TryGetProperty("fields", out var fields))
            {
                Expect(fields, JsonValueKind.Object, $"{path}.fields");
                foreach (var field in fields.EnumerateObject())
                {
                    if (string.IsNullOrWhiteSpace(field.Name))
                    {
                        throw Error($"{path}.fields", "a field name is empty");
                    }

                    texts[EntryMembers.FieldPrefix + field.Name] = ReadText(field.Value, $"{path}.fields.{field.Name}");
                }
            }

            return new GoldEntry
            {
                Texts = texts.AsReadOnly(),
                Tags = OptionalStrings(element, path, "tags"),
                Links = element.TryGetProperty("links", out var links) ? ReadArray(links, $"{path}.links", ReadLink) : null,
                Authors = OptionalStrings(element, path, "authors"),
                Ordinal = OptionalInt(element, path, "ordinal"),
            };
        }

        private GoldText ReadText(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                return GoldText.Is(element.GetString()!);
            }

            Expect(element, JsonValueKind.Object, path, "a string or an object with prefix, suffix or present");
            CheckMembers(element, path, ["prefix", "suffix", "present"]);
            var text = new GoldText
            {
                Prefix = OptionalString(element, path, "prefix"),
                Suffix = OptionalString(element, path, "suffix"),
                Present = element.TryGetProperty("present", out var present) ? ReadBool(present, $"{path}.present") : null,
            };
            return text.Prefix is null && text.Suffix is null && text.Present is null
                ? throw Error(path, "a text fact needs prefix, suffix or present")
                : text;
        }

        private GoldLink ReadLink(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.Object, path);
            CheckMembers(element, path, ["kind", "id"]);
            var kindName = RequiredString(element, path, "kind");
            if (!Enum.TryParse<LinkKind>(kindName, ignoreCase: true, out var kind) || !EntryMembers.IsScoredKind(kind))
            {
                throw Error($"{path}.kind", $"'{kindName}' is not an id-bearing link kind (arxiv, openreview, doi, github, huggingface)");
            }

            return new GoldLink(kind, RequiredString(element, path, "id"));
        }

        private GoldTwin ReadTwin(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.Object, path);
            CheckMembers(element, path, ["input", "compare"]);
            var compare = OptionalStrings(element, path, "compare") ?? throw Error($"{path}.compare", "missing");
            for (var i = 0; i < compare.Count; i++)
            {
                if (!EntryMembers.IsText(compare[i]) && compare[i] is not (EntryMembers.Tags or EntryMembers.Links or EntryMembers.Authors))
                {
                    throw Error($"{path}.compare[{i}]", $"'{compare[i]}' is not an entry member");
                }
            }

            return new GoldTwin(RequiredString(element, path, "input"), compare);
        }

        private GoldGenerator ReadGenerator(JsonElement element, string path)
        {
            Expect(element, JsonValueKind.Object, path);
            CheckMembers(element, path, ["file", "schema", "select", "omit"]);
            var select = new Dictionary<string, string>(StringComparer.Ordinal);
            if (element.TryGetProperty("select", out var selectElement))
            {
                Expect(selectElement, JsonValueKind.Object, $"{path}.select");
                foreach (var member in selectElement.EnumerateObject())
                {
                    Expect(member.Value, JsonValueKind.String, $"{path}.select.{member.Name}");
                    select[member.Name] = member.Value.GetString()!;
                }
            }

            var omit = OptionalStrings(element, path, "omit") ?? [];
            return new GoldGenerator(RequiredString(element, path, "file"), RequiredString(element, path, "schema"), select.AsReadOnly(), omit);
        }

        private List<T> ReadArray<T>(JsonElement element, string path, Func<JsonElement, string, T> read)
        {
            Expect(element, JsonValueKind.Array, path);
            var items = new List<T>(element.GetArrayLength());
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                items.Add(read(item, $"{path}[{index++}]"));
            }

            return items;
        }

        private string RequiredString(JsonElement element, string path, string name) =>
            OptionalString(element, path, name) is { Length: > 0 } value ? value : throw Error($"{path}.{name}", "missing or empty");

        private string? OptionalString(JsonElement element, string path, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            Expect(value, JsonValueKind.String, $"{path}.{name}");
            return value.GetString();
        }

        private GoldText? OptionalText(JsonElement element, string path, string name) =>
            element.TryGetProperty(name, out var value) ? ReadText(value, $"{path}.{name}") : null;

        private List<string>? OptionalStrings(JsonElement element, string path, string name) =>
            element.TryGetProperty(name, out var value)
                ? ReadArray(value, $"{path}.{name}", (item, itemPath) =>
                {
                    Expect(item, JsonValueKind.String, itemPath);
                    return item.GetString()!;
                })
                : null;

        private int? OptionalInt(JsonElement element, string path, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0
                ? number
                : throw Error($"{path}.{name}", "expected a whole number of at least 0");
        }

        private bool ReadBool(JsonElement element, string path) => element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(path, "expected true or false"),
        };

        private void CheckMembers(JsonElement element, string path, string[] allowed)
        {
            foreach (var member in element.EnumerateObject())
            {
                if (!allowed.Contains(member.Name))
                {
                    throw Error($"{path}.{member.Name}", $"unknown member '{member.Name}' (expected one of: {string.Join(", ", allowed)})");
                }
            }
        }

        private void Expect(JsonElement element, JsonValueKind kind, string path, string? what = null)
        {
            if (element.ValueKind != kind)
            {
                throw Error(path, $"expected {what ?? Describe(kind)}, found {Describe(element.ValueKind)}");
            }
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "true or false",
            _ => "null",
        };

        private GoldFormatException Error(string path, string problem) => new(source, path, problem);
    }
}
