namespace PaperDigest;

/// <summary>
/// A parser that reads raw HTML (a structure-aware layout such as the catalog page). For HTML input the
/// pipeline scores only these parsers; when none fits, the page is turned into text blocks (headings,
/// paragraphs, list items, links with their targets) and the text layouts read those.
/// </summary>
public interface IHtmlDigestParser : IDigestParser;
