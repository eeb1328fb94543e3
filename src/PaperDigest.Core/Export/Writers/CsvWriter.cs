using System.Globalization;
using System.Text;

namespace PaperDigest.Export.Writers;

/// <summary>
/// CSV as RFC 4180 has it: a header row, one row per paper, CRLF line ends, a field quoted (quotes doubled) when it
/// holds a comma, a quote or a line break. Lists are joined with <c>"; "</c>. The columns are <see cref="Columns"/>.
/// </summary>
internal sealed class CsvWriter : TextPaperWriter
{
    /// <summary>The columns, in order (docs/export.md describes each).</summary>
    public static readonly string[] Columns =
    [
        "source", "ordinal", "title", "translated_title", "authors", "more_authors", "year", "month", "date_source", "venue",
        "arxiv_id", "primary_class", "doi", "url", "tags", "section", "abstract",
    ];

    public override string Name => "csv";

    public override string FileExtension => ".csv";

    protected override void Write(IEnumerable<PaperRecord> papers, TextWriter output)
    {
        Row(output, Columns);
        foreach (var paper in papers)
        {
            Row(output,
            [
                string.Join("; ", paper.Sources.Select(s => s.Path ?? string.Empty)),
                string.Join("; ", paper.Sources.Select(s => s.Ordinal.ToString(CultureInfo.InvariantCulture))),
                paper.Title,
                paper.TranslatedTitle,
                string.Join("; ", paper.Authors.Select(a => a.ToString())),
                paper.MoreAuthors ? "true" : "false",
                paper.Date?.Year.ToString(CultureInfo.InvariantCulture),
                paper.Date?.Month?.ToString(CultureInfo.InvariantCulture),
                paper.Date is { } date ? date.Source.ToString() : null,
                paper.Venue,
                paper.ArxivId,
                paper.PrimaryClass,
                paper.Doi,
                paper.Url,
                string.Join("; ", paper.Tags),
                paper.Section,
                paper.Abstract,
            ]);
        }
    }

    private static void Row(TextWriter output, string?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(field);
            }
        }

        output.Write(line.Append("\r\n"));
    }
}
