using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperDigest.Serialization;

/// <summary>Enums as camelCase strings (<c>"paper"</c>, <c>"warning"</c>); <c>JsonStringEnumMemberName</c> overrides a name.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
