namespace PaperDigest;

/// <summary>What a <see cref="DigestEntry"/> describes.</summary>
public enum EntryKind
{
    /// <summary>A research paper.</summary>
    Paper,

    /// <summary>An article or blog post about one or more papers.</summary>
    Article,

    /// <summary>A short news item, such as a brief's bullet.</summary>
    NewsItem,
}
