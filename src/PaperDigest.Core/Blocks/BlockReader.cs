using PaperDigest.Html;
using PaperDigest.Internals;

namespace PaperDigest.Blocks;

/// <summary>
/// Reads any input into blocks, choosing the front end by content (never by file name): an HTML page
/// through AngleSharp, Markdown through Markdig when the text shows Markdown structure, else plain text.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class BlockReader
{
    private const int SampleLength = 16 * 1024;

    /// <summary>Reads <paramref name="text"/> with the front end its content calls for.</summary>
    /// <param name="text">The whole document.</param>
    /// <returns>The blocks and metadata.</returns>
    public static BlockDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FrontEndOf(text) switch
        {
            FrontEndKind.Html => ReadHtml(text),
            FrontEndKind.Markdown => ReadMarkdown(text),
            _ => ReadText(text),
        };
    }

    /// <summary>Which front end <see cref="Read"/> would use, judged from a leading sample.</summary>
    /// <param name="text">The document.</param>
    /// <returns>The front end.</returns>
    public static FrontEndKind FrontEndOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FrontEndOf(TextSample.Leading(text, SampleLength));
    }

    // A page is HTML; so is a fragment of markup, unless it is Markdown that opens with a raw HTML block
    // (<div id=toc></div> above "# Table of Contents"): Markdown may hold HTML, and Markdig reads both.
    internal static FrontEndKind FrontEndOf(ReadOnlySpan<char> sample)
    {
        var markdown = MarkdownEvidence.LooksLikeMarkdown(sample);
        if (HtmlInput.LooksLikeHtml(sample) && !(markdown && !HtmlInput.StartsAsPage(sample)))
        {
            return FrontEndKind.Html;
        }

        return markdown ? FrontEndKind.Markdown : FrontEndKind.Text;
    }

    /// <summary>Reads Markdown (CommonMark with YAML front matter, pipe tables and raw HTML blocks).</summary>
    /// <param name="text">The Markdown.</param>
    /// <returns>The blocks and front matter metadata.</returns>
    public static BlockDocument ReadMarkdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MarkdownBlockReader.Read(text);
    }

    /// <summary>Reads an HTML page (no scripts run, nothing is loaded).</summary>
    /// <param name="text">The HTML.</param>
    /// <returns>The blocks and <c>&lt;head&gt;</c> metadata.</returns>
    public static BlockDocument ReadHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HtmlBlockReader.Read(text);
    }

    /// <summary>Reads plain text: one block per non-blank line.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The blocks (no metadata).</returns>
    public static BlockDocument ReadText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextBlockReader.Read(text);
    }
}
