using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PaperDigest.Serialization;

/// <summary>
/// JSON for the model through a source-generated context: camelCase names, enums as strings, nulls
/// omitted, an entry's empty lists and fields and a document's empty tag list omitted. A document round-trips: deserializing what
/// <see cref="Serialize(DigestDocument, bool)"/> wrote gives an equivalent document.
/// </summary>
public static class DigestJson
{
    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);

    /// <summary>Options that serialize every model type (source-generated metadata, the settings above).</summary>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>Read-only options; share them.</returns>
    public static JsonSerializerOptions Options(bool indented = false) => indented ? Indented : Compact;

    /// <summary>
    /// The model's source-generated metadata, to combine with a context of your own when your types hold the model:
    /// <c>new JsonSerializerOptions(DigestJson.Options()) { TypeInfoResolver = JsonTypeInfoResolver.Combine(DigestJson.TypeInfoResolver, MyContext.Default) }</c>: the model resolves as DigestJson writes it, your types from your context.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Compact.TypeInfoResolver!;

    /// <summary>Serializes a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(DigestDocument document, bool indented = false) =>
        JsonSerializer.Serialize(document, TypeInfo<DigestDocument>(indented));

    /// <summary>Serializes a document to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The destination.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void Serialize(Stream utf8Json, DigestDocument document, bool indented = false) =>
        JsonSerializer.Serialize(utf8Json, document, TypeInfo<DigestDocument>(indented));

    /// <summary>Serializes one entry, in the same shape as inside a document.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(DigestEntry entry, bool indented = false) =>
        JsonSerializer.Serialize(entry, TypeInfo<DigestEntry>(indented));

    /// <summary>Serializes a detection result.</summary>
    /// <param name="detection">The detection.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(FormatDetection detection, bool indented = false) =>
        JsonSerializer.Serialize(detection, TypeInfo<FormatDetection>(indented));

    /// <summary>Reads a document written by <see cref="Serialize(DigestDocument, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The text is not a serialized document.</exception>
    public static DigestDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, TypeInfo<DigestDocument>(false))
        ?? throw new JsonException("The JSON holds null, not a document.");

    /// <summary>Serializes a document to a stream as UTF-8, asynchronously.</summary>
    /// <param name="utf8Json">The destination.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The write.</returns>
    public static Task SerializeAsync(Stream utf8Json, DigestDocument document, bool indented = false, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(utf8Json, document, TypeInfo<DigestDocument>(indented), cancellationToken);

    /// <summary>Reads a document from a UTF-8 stream, asynchronously.</summary>
    /// <param name="utf8Json">The source.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The stream does not hold a serialized document.</exception>
    public static async ValueTask<DigestDocument> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        await JsonSerializer.DeserializeAsync(utf8Json, TypeInfo<DigestDocument>(false), cancellationToken).ConfigureAwait(false)
        ?? throw new JsonException("The JSON holds null, not a document.");

    /// <summary>Writes documents as JSON Lines (one compact document per line, UTF-8), each as soon as it comes.</summary>
    /// <param name="utf8JsonLines">The destination.</param>
    /// <param name="documents">The documents.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The write.</returns>
    public static async Task WriteJsonLinesAsync(Stream utf8JsonLines, IAsyncEnumerable<DigestDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ArgumentNullException.ThrowIfNull(documents);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(utf8JsonLines, document, TypeInfo<DigestDocument>(false), cancellationToken).ConfigureAwait(false);
            utf8JsonLines.WriteByte((byte)'\n');
        }

        await utf8JsonLines.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads JSON Lines of documents (as <see cref="WriteJsonLinesAsync"/> writes them, or <c>paperdigest parse DIR --json</c>), one at a time.</summary>
    /// <param name="utf8JsonLines">The source.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The documents, in order.</returns>
    public static async IAsyncEnumerable<DigestDocument> ReadJsonLinesAsync(Stream utf8JsonLines, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        await foreach (var document in JsonSerializer.DeserializeAsyncEnumerable(utf8JsonLines, TypeInfo<DigestDocument>(false), topLevelValues: true, cancellationToken).ConfigureAwait(false))
        {
            yield return document ?? throw new JsonException("A line holds null, not a document.");
        }
    }

    /// <summary>The metadata for <typeparamref name="T"/> under these options.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The type info.</returns>
    public static JsonTypeInfo<T> TypeInfo<T>(bool indented = false) =>
        (JsonTypeInfo<T>)Options(indented).GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(DigestJsonContext.Default.Options)
        {
            WriteIndented = indented,
            // Chinese text stays readable; the JSON is data, never embedded in HTML by this library.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = DigestJsonContext.Default.WithAddedModifier(OmitEmptyEntryCollections),
        };
        options.Converters.Add(new LosslessStringConverter(options.Encoder));
        options.MakeReadOnly();
        return options;
    }

    // An entry lacking takeaways or links should not print "takeaways": [] on every line; nor a document
    // without tags "tags": [], nor a source without authors "authors": []. The document's sections,
    // entries and diagnostics are always written.
    private static void OmitEmptyEntryCollections(JsonTypeInfo typeInfo)
    {
        var isEntry = typeInfo.Type == typeof(DigestEntry) || typeInfo.Type == typeof(DocumentSource);
        if (!isEntry && typeInfo.Type != typeof(DigestDocument))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            var omittable = isEntry
                ? property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType)
                : property.Name == "tags";
            if (omittable)
            {
                property.ShouldSerialize = static (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }
}
