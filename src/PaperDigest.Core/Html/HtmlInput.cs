using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PaperDigest.Html;

/// <summary>
/// Recognizes HTML input by its content and parses it with AngleSharp as untrusted data: no scripting,
/// no browsing context with loaders, so no script runs and no resource (image, style, frame) is requested.
/// </summary>
internal static class HtmlInput
{
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = true,
    };

    /// <summary>Whether the sample is an HTML document or fragment: it starts with a tag and names an HTML structural element.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> sample)
    {
        var text = sample.TrimStart();
        if (text.IsEmpty || text[0] != '<')
        {
            return false;
        }

        foreach (var marker in (ReadOnlySpan<string>)["<!doctype html", "<html", "<body", "<head", "<div", "<p>", "<article", "<section", "<meta"])
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sample opens as a whole page (doctype, <c>&lt;html&gt;</c>, <c>&lt;head&gt;</c>, <c>&lt;body&gt;</c>) rather than a fragment.</summary>
    public static bool StartsAsPage(ReadOnlySpan<char> sample)
    {
        var text = sample.TrimStart();
        foreach (var opening in (ReadOnlySpan<string>)["<!doctype", "<html", "<head", "<body", "<?xml", "<meta"])
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses the page; malformed markup is repaired the way browsers do, never rejected. A configuration, when given,
    /// replaces the parser's own context: tests pass one whose requester fails if called, to prove no resource is asked for.
    /// </summary>
    public static IDocument Parse(string html, IConfiguration? configuration = null) =>
        CreateParser(configuration).ParseDocument(html);

    /// <summary>
    /// A parser for one caller to reuse: each new one builds AngleSharp's context (factories, selector tables,
    /// some hundred KB), so a Markdown document reads all its raw HTML blocks with one. Not thread-safe.
    /// </summary>
    public static HtmlParser CreateParser(IConfiguration? configuration = null) =>
        // Without a configuration AngleSharp gives the parser a context of its own, with no loader either, and
        // it costs less per page than one built from Configuration.Default.
        configuration is not null
            ? new HtmlParser(Options, BrowsingContext.New(configuration))
            : new HtmlParser(Options);

    /// <summary>The 1-based source line of an element, when AngleSharp kept it.</summary>
    public static int LineOf(INode node) => node is IElement { SourceReference: { } source } ? source.Position.Line : 0;
}
