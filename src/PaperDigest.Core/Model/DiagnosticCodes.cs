namespace PaperDigest;

/// <summary>
/// The stable diagnostic codes. A code never changes meaning once released; messages may be reworded.
/// <c>PD0xxx</c> concern any input, <c>PD1xxx</c> the catalog, <c>PD2xxx</c> the brief, <c>PD3xxx</c>
/// the blog, <c>PD4xxx</c> the tagged layout. The list with examples is in <c>docs/diagnostics.md</c>.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The input is empty or whitespace only (Warning).</summary>
    public const string EmptyInput = "PD0001";

    /// <summary>The input contains NUL or other control characters and looks binary (Warning).</summary>
    public const string BinaryContent = "PD0002";

    /// <summary>Some input bytes are not valid in the encoding chosen for them; each became U+FFFD (Warning).</summary>
    public const string InvalidEncoding = "PD0003";

    /// <summary>The input declares an encoding its bytes are not (a GBK page under <c>&lt;meta charset=utf-8&gt;</c>); the bytes were decoded as what they are, named in the message (Warning).</summary>
    public const string EncodingDeclarationIgnored = "PD0004";

    /// <summary>No layout fitted; the whole text is kept in one entry (Warning).</summary>
    public const string UnknownFormat = "PD0101";

    /// <summary>A line could not be placed in any entry or section; its text is in the message (Info).</summary>
    public const string UnplacedLine = "PD0102";

    /// <summary>More diagnostics were produced than <see cref="DigestOptions.MaxDiagnostics"/>; the rest were counted, not kept (Info).</summary>
    public const string DiagnosticsTruncated = "PD0103";

    /// <summary>The entry limit <see cref="DigestOptions.MaxEntries"/> was reached; later text is not parsed into entries (Error).</summary>
    public const string EntryLimitReached = "PD0104";

    /// <summary>A parser failed on this input; the text is kept in one entry and the failure named in the message (Error).</summary>
    public const string ParserFailed = "PD0105";

    /// <summary>An HTML page no HTML-aware parser reads was turned into text blocks; line numbers count those blocks (Info).</summary>
    public const string HtmlReadAsText = "PD0106";

    /// <summary>A tag label spells out an acronym (<c>Visual Question Answering (VQA)</c>), so the bare acronym's tags join it; the message names both (Info).</summary>
    public const string AcronymLearned = "PD0107";

    /// <summary>An HTML page passed <see cref="DigestOptions.MaxHtmlDepth"/> or <see cref="DigestOptions.MaxHtmlAttributes"/>; deeper elements were placed beside their parent, attributes past the limit dropped, no text lost (Warning).</summary>
    public const string HtmlLimitApplied = "PD0108";

    /// <summary>The text ends its lines with Unicode line ends other than LF and CR (NEL, LS, PS, or a form feed or vertical tab standing alone), more of them than LF and CR; they were read as line breaks (Info).</summary>
    public const string UnicodeLineEnds = "PD0109";

    /// <summary>PD0110 (warning): an HTML comment or <c>&lt;script&gt;</c>/<c>&lt;style&gt;</c>/<c>&lt;pre&gt;</c> in Markdown never closes; the text after it is read as Markdown rather than lost.</summary>
    public const string UnclosedMarkup = "PD0110";

    /// <summary>A section header's declared count differs from the entries found in it (Warning).</summary>
    public const string SectionCountMismatch = "PD1001";

    /// <summary>A paper lacks one or more of the six catalog fields (Warning).</summary>
    public const string MissingField = "PD1002";

    /// <summary>A paper has no abstract (Warning).</summary>
    public const string MissingAbstract = "PD1003";

    /// <summary>A paper ends before any field or abstract: a truncated record (Warning).</summary>
    public const string TruncatedPaper = "PD1004";

    /// <summary>A field label the parser does not know; kept under its own name (Info).</summary>
    public const string UnknownFieldLabel = "PD1005";

    /// <summary>A paper's category line differs from the section it sits in (Info).</summary>
    public const string CategoryDiffersFromSection = "PD1006";

    /// <summary>A paper repeats a field; the texts are joined (Warning).</summary>
    public const string DuplicateField = "PD1007";

    /// <summary>A field label with no text after it (Warning).</summary>
    public const string EmptyField = "PD1008";

    /// <summary>A brief repeats its headline mid-document (a page-break artefact); the line is not an entry (Info).</summary>
    public const string RepeatedHeadline = "PD2001";

    /// <summary>A brief item's topic label is not in the vocabulary; the item keeps its whole line as title (Warning).</summary>
    public const string UnknownTopicLabel = "PD2002";

    /// <summary>A brief item number with no title after it (Warning).</summary>
    public const string EmptyBriefItem = "PD2003";

    /// <summary>A blog metadata line (<c>论文地址:</c>, <c>代码:</c>, ...) with no value (Warning).</summary>
    public const string EmptyMetadata = "PD3001";

    /// <summary>A tagged collection has a body line without a title line before it (Warning).</summary>
    public const string BodyWithoutTitle = "PD4001";

    /// <summary>A tagged collection has a title line without a body after it (Warning).</summary>
    public const string TitleWithoutBody = "PD4002";
}
