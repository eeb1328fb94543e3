namespace PaperDigest;

/// <summary>What a facet counts entries by.</summary>
public enum FacetKind
{
    /// <summary>Canonical tags (concept ids, or normalized keys of unmapped labels), document tags included.</summary>
    Tag,

    /// <summary>Canonical categories.</summary>
    Category,

    /// <summary>Canonical topic labels.</summary>
    Topic,

    /// <summary>Publishers (the entry's, else its document's).</summary>
    Publisher,

    /// <summary>Document layouts.</summary>
    Format,

    /// <summary>Link kinds, with <c>code</c> for entries linking code.</summary>
    Link,

    /// <summary>Document languages.</summary>
    Language,
}
