using AngleSharp.Dom;
using PaperDigest.Parsing;

namespace PaperDigest.Blocks;

/// <summary>
/// Pages that name a paper's arXiv id only in markup (<c>&lt;button data-arxiv-id="2512.15052v1"&gt;</c>, a
/// favourites or copy control) still tell the reader which paper a row is: the id is read as an arXiv link.
/// </summary>
internal static class HtmlArxivAttribute
{
    /// <summary>The arXiv id held by an attribute whose name mentions arXiv, or <see langword="null"/>.</summary>
    public static string? Find(IElement element)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name.Contains("arxiv", StringComparison.OrdinalIgnoreCase))
            {
                var value = attribute.Value.AsSpan().Trim();
                if (value.Length > 0 && ArxivId.Length(value) == value.Length)
                {
                    return value.ToString();
                }
            }
        }

        return null;
    }

    public static string LinkText(string id) => "arXiv:" + id;
}
