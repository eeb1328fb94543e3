using System.Text.Json.Serialization;

namespace PaperDigest.Serialization;

/// <summary>Source-generated JSON metadata for the model: no reflection, trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(CamelCaseEnumConverter<EntryKind>),
        typeof(CamelCaseEnumConverter<LinkKind>),
        typeof(CamelCaseEnumConverter<DiagnosticSeverity>),
        typeof(CamelCaseEnumConverter<DocumentLanguage>),
    ])]
[JsonSerializable(typeof(DigestDocument))]
[JsonSerializable(typeof(DigestEntry))]
[JsonSerializable(typeof(FormatDetection))]
internal sealed partial class DigestJsonContext : JsonSerializerContext;
