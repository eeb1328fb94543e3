using System.Text.Json.Serialization;

namespace PaperDigest;

/// <summary>The dominant language and script of a document.</summary>
// As camelCase strings with any System.Text.Json options, as DigestJson writes them.
[JsonConverter(typeof(Serialization.CamelCaseEnumConverter<DocumentLanguage>))]
public enum DocumentLanguage
{
    /// <summary>Not enough text to tell.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>Chinese in Simplified script (<c>zh-Hans</c>).</summary>
    [JsonStringEnumMemberName("zh-Hans")]
    ZhHans,

    /// <summary>Chinese in Traditional script (<c>zh-Hant</c>).</summary>
    [JsonStringEnumMemberName("zh-Hant")]
    ZhHant,

    /// <summary>English (<c>en</c>).</summary>
    [JsonStringEnumMemberName("en")]
    En,

    /// <summary>Substantial Chinese and English text together (<c>mixed</c>).</summary>
    [JsonStringEnumMemberName("mixed")]
    Mixed,
}
