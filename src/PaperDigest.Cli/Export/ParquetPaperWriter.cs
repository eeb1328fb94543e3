using Parquet.Serialization;

namespace PaperDigest.Cli.Export;

/// <summary>
/// Parquet (Parquet.Net), one row per paper in row groups of <see cref="RowGroupSize"/>: the columns of the CSV
/// export, with authors, tags and sources as list columns rather than joined strings (docs/export.md has the schema).
/// The stream must be seekable (a file): Parquet writes its footer last.
/// </summary>
internal sealed class ParquetPaperWriter : IPaperWriter
{
    private const int RowGroupSize = 50_000;

    public string Name => "parquet";

    public string FileExtension => ".parquet";

    public void Write(IEnumerable<PaperRecord> papers, Stream output)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(output);
        var append = false;
        foreach (var chunk in papers.Select(PaperRow.From).Chunk(RowGroupSize))
        {
            ParquetSerializer.SerializeAsync(chunk, output, new Parquet.ParquetOptions { Append = append }).GetAwaiter().GetResult();
            append = true;
        }

        if (!append)
        {
            ParquetSerializer.SerializeAsync(Array.Empty<PaperRow>(), output).GetAwaiter().GetResult();
        }
    }
}

/// <summary>One Parquet row: a <see cref="PaperRecord"/> flattened, lists kept as lists.</summary>
internal sealed class PaperRow
{
    public string? Title { get; set; }

    public string? TranslatedTitle { get; set; }

    public List<string> Authors { get; set; } = [];

    public List<string> AuthorFamilies { get; set; } = [];

    public bool MoreAuthors { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public string? DateSource { get; set; }

    public string? Venue { get; set; }

    public string? ArxivId { get; set; }

    public string? PrimaryClass { get; set; }

    public string? Doi { get; set; }

    public string? Url { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? Section { get; set; }

    public string? Abstract { get; set; }

    public List<string> SourcePaths { get; set; } = [];

    public List<int> SourceOrdinals { get; set; } = [];

    public static PaperRow From(PaperRecord paper) => new()
    {
        Title = paper.Title,
        TranslatedTitle = paper.TranslatedTitle,
        Authors = [.. paper.Authors.Select(a => a.ToString())],
        AuthorFamilies = [.. paper.Authors.Select(a => a.Family ?? a.Literal ?? string.Empty)],
        MoreAuthors = paper.MoreAuthors,
        Year = paper.Date?.Year,
        Month = paper.Date?.Month,
        DateSource = paper.Date?.Source.ToString(),
        Venue = paper.Venue,
        ArxivId = paper.ArxivId,
        PrimaryClass = paper.PrimaryClass,
        Doi = paper.Doi,
        Url = paper.Url,
        Tags = [.. paper.Tags],
        Section = paper.Section,
        Abstract = paper.Abstract,
        SourcePaths = [.. paper.Sources.Select(s => s.Path ?? string.Empty)],
        SourceOrdinals = [.. paper.Sources.Select(s => s.Ordinal)],
    };
}
