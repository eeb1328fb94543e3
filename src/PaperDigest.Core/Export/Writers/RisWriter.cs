using System.Globalization;

namespace PaperDigest.Export.Writers;

/// <summary>
/// RIS, one tagged line per value (<c>TY  - UNPB</c> for a preprint, <c>CPAPER</c> with a venue), authors as
/// <c>Family, Given</c>, the date as <c>DA  - 2024/10//</c>, one <c>KW</c> line per tag, <c>ER  - </c> closing each.
/// </summary>
internal sealed class RisWriter : TextPaperWriter
{
    public override string Name => "ris";

    public override string FileExtension => ".ris";

    protected override void Write(IEnumerable<PaperRecord> papers, TextWriter output)
    {
        foreach (var paper in papers)
        {
            Line(output, "TY", paper.Venue is null ? "UNPB" : "CPAPER");
            Line(output, "TI", paper.Title);
            foreach (var name in paper.Authors)
            {
                Line(output, "AU", name.IsLiteral ? name.Literal! : name.Suffix is { } suffix ? $"{name.Family}, {name.Given}, {suffix}" : $"{name.Family}, {name.Given}");
            }

            if (paper.Date is { } date)
            {
                Line(output, "PY", date.Year.ToString(CultureInfo.InvariantCulture));
                Line(output, "DA", string.Create(CultureInfo.InvariantCulture, $"{date.Year}/{date.Month:00}/{date.Day:00}/"));
            }

            Line(output, "T2", paper.Venue);
            Line(output, "UR", paper.Url);
            Line(output, "DO", paper.Doi);
            Line(output, "AN", paper.ArxivId is { } id ? "arXiv:" + id : null);
            foreach (var tag in paper.Tags)
            {
                Line(output, "KW", tag);
            }

            Line(output, "AB", paper.Abstract);
            output.Write("ER  - \n\n");
        }
    }

    private static void Line(TextWriter output, string tag, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.Write($"{tag}  - {OneLine(value)}\n");
        }
    }
}
