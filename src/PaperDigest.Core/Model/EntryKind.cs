using System.Text.Json.Serialization;

namespace PaperDigest;

/// <summary>What a <see cref="DigestEntry"/> describes.</summary>
// As camelCase strings with any System.Text.Json options, as DigestJson writes them.
[JsonConverter(typeof(Serialization.CamelCaseEnumConverter<EntryKind>))]
public enum EntryKind
{
    /// <summary>A research paper.</summary>
    Paper,

    /// <summary>An article or blog post about one or more papers.</summary>
    Article,

    /// <summary>A short news item, such as a brief's bullet.</summary>
    NewsItem,
}
