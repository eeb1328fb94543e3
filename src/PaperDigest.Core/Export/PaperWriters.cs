namespace PaperDigest;

/// <summary>The built-in export formats (<see cref="IPaperWriter"/>), by name.</summary>
public static class PaperWriters
{
    /// <summary>BibTeX for arXiv preprints (<c>@misc</c> with <c>eprint</c>, <c>archivePrefix</c>, <c>primaryClass</c>).</summary>
    public static IPaperWriter BibTex { get; } = new Export.Writers.BibTexWriter();

    /// <summary>CSL-JSON (CSL 1.0.2 items) for citeproc, citation-js, Zotero and pandoc.</summary>
    public static IPaperWriter CslJson { get; } = new Export.Writers.CslJsonWriter();

    /// <summary>RIS for reference managers.</summary>
    public static IPaperWriter Ris { get; } = new Export.Writers.RisWriter();

    /// <summary>CSV (RFC 4180), one row per paper.</summary>
    public static IPaperWriter Csv { get; } = new Export.Writers.CsvWriter();

    /// <summary>JSON Lines, one paper per line with its source path and a schema version.</summary>
    public static IPaperWriter JsonLines { get; } = new Export.Writers.JsonLinesWriter();

    /// <summary>A Markdown reading list grouped by section or tag.</summary>
    public static IPaperWriter Markdown { get; } = new Export.Writers.MarkdownReadingListWriter();

    /// <summary>Every built-in writer, in the order above.</summary>
    public static IReadOnlyList<IPaperWriter> All { get; } = [BibTex, CslJson, Ris, Csv, JsonLines, Markdown];
}
