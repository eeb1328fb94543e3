namespace PaperDigest.Parsing.Catalog;

/// <summary>What one line of a catalog looks like on its own, before context decides what it is.</summary>
internal enum CatalogLineKind : byte
{
    Blank,
    Text,
    SectionHeader,
    Tags,
    TlDr,

    /// <summary>A known field label behind an emoji: strong evidence that a paper's fields are here.</summary>
    MarkedField,

    /// <summary>A known field label with a colon, or alone on its line.</summary>
    Field,

    /// <summary>An unknown label behind an emoji.</summary>
    UnknownField,
    AbstractMarker,

    /// <summary>A Markdown heading (<c>### [1] [Title](url)</c>, <c># cs.CV</c>): a paper's head or a section.</summary>
    Heading,

    /// <summary>A paper's category in its head (<c>Main category: cs.CV</c>, <c>**分类**: cs.CL</c>).</summary>
    HeadCategory,

    /// <summary>A paper's authors in its head (<c>**作者**: A, B</c>).</summary>
    HeadAuthors,

    /// <summary>A paper's keywords in its head (<c>**关键词**: …</c>).</summary>
    HeadKeywords,

    /// <summary>A line that is nothing but a link with a title as its text: a paper's title where a page writes no heading.</summary>
    TitleLink,

    /// <summary>A table row written as <c>| a | b |</c>: a header row names the columns, each other row is a paper.</summary>
    TableRow,
}
