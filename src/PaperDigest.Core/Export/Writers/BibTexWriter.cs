using System.Globalization;
using System.Text;

namespace PaperDigest.Export.Writers;

/// <summary>
/// BibTeX as arXiv recommends it for preprints: <c>@misc</c> with <c>eprint</c>, <c>archivePrefix</c> and
/// <c>primaryClass</c>; titles braced to keep their case; LaTeX's special characters escaped, other Unicode kept (biber
/// and BibTeX with UTF-8 input read it); names as <c>Family, Given</c> or braced whole.
/// </summary>
internal sealed class BibTexWriter : TextPaperWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public override string Name => "bibtex";

    public override string FileExtension => ".bib";

    protected override void Write(IEnumerable<PaperRecord> papers, TextWriter output)
    {
        var keys = new CitationKeys();
        foreach (var paper in papers)
        {
            output.Write($"@misc{{{keys.Next(paper)},\n");
            Optional(output, "title", paper.Title is null ? null : "{" + Escape(paper.Title) + "}");
            if (paper.Authors.Count > 0)
            {
                Field(output, "author", string.Join(" and ", paper.Authors.Select(AuthorName)) + (paper.MoreAuthors ? " and others" : string.Empty));
            }

            if (paper.Date is { } date)
            {
                Field(output, "year", date.Year.ToString(CultureInfo.InvariantCulture));
                if (date.Month is { } month)
                {
                    output.Write($"  month = {Months[month - 1]},\n");
                }
            }

            if (paper.ArxivId is { } id)
            {
                Field(output, "eprint", id);
                Field(output, "archivePrefix", "arXiv");
                Optional(output, "primaryClass", paper.PrimaryClass);
            }

            Optional(output, "doi", paper.Doi);
            Optional(output, "url", paper.Url);
            Optional(output, "note", paper.Venue is null ? null : Escape(paper.Venue));
            Optional(output, "keywords", paper.Tags.Count == 0 ? null : Escape(string.Join(", ", paper.Tags)));
            Optional(output, "abstract", paper.Abstract is null ? null : Escape(OneLine(paper.Abstract)));
            output.Write("}\n\n");
        }
    }

    private static void Field(TextWriter output, string name, string value) => output.Write($"  {name} = {{{value}}},\n");

    private static void Optional(TextWriter output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Field(output, name, value);
        }
    }

    // "von Last, Jr, First", or a literal braced so BibTeX keeps it whole.
    private static string AuthorName(PersonName name)
    {
        if (name.IsLiteral)
        {
            return "{" + Escape(name.Literal!) + "}";
        }

        var family = name.Family!.Contains(" and ", StringComparison.Ordinal) ? "{" + Escape(name.Family) + "}" : Escape(name.Family);
        return name.Suffix is { } suffix ? $"{family}, {Escape(suffix)}, {Escape(name.Given!)}" : $"{family}, {Escape(name.Given!)}";
    }

    // LaTeX's special characters; everything else (Unicode letters) is kept.
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // "--" and "---" are dashes to TeX: "-{}-" keeps the hyphens as written.
            if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                escaped.Append("-{}");
                continue;
            }

            var replacement = c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => null,
            };
            _ = replacement is null ? escaped.Append(c) : escaped.Append(replacement);
        }

        return escaped.ToString();
    }
}
