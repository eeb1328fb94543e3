namespace PaperDigest;

/// <summary>The fields a query can filter on (<c>field:value</c>).</summary>
public enum QueryField
{
    /// <summary><c>tag:</c> a concept id or any label; narrower concepts match too.</summary>
    Tag,

    /// <summary><c>category:</c> (or <c>cat:</c>) a catalog category, by concept id or label.</summary>
    Category,

    /// <summary><c>topic:</c> a brief topic label, by concept id or label.</summary>
    Topic,

    /// <summary><c>has:</c> a link kind (<c>code</c>, <c>arxiv</c>, ...), a part (<c>tldr</c>, <c>abstract</c>, ...) or a field name.</summary>
    Has,

    /// <summary><c>format:</c> (or <c>layout:</c>) the document layout.</summary>
    Format,

    /// <summary><c>publisher:</c> (or <c>source:</c>) part of the publisher's name.</summary>
    Publisher,

    /// <summary><c>lang:</c> (or <c>language:</c>) <c>en</c>, <c>zh</c> (any Chinese), <c>zh-Hans</c> or <c>zh-Hant</c>.</summary>
    Language,

    /// <summary><c>arxiv:</c> an arXiv id (any version).</summary>
    Arxiv,

    /// <summary><c>title:</c> a word or phrase in the title or paper title.</summary>
    Title,

    /// <summary>
    /// <c>entrytag:</c> like <c>tag:</c>, but only the entry's own tags: the tags its document carries for every entry
    /// (a brief's header tags) do not count.
    /// </summary>
    EntryTag,
}
