using System.Globalization;

namespace PaperDigest.Export.Writers;

/// <summary>
/// A Markdown reading list: papers grouped under a heading per section (or, without one, their first tag), each a
/// list item <c>- [Title](url) — Authors (Year)</c>. Groups appear in the order their first paper does.
/// </summary>
internal sealed class MarkdownReadingListWriter : TextPaperWriter
{
    public override string Name => "markdown";

    public override string FileExtension => ".md";

    protected override void Write(IEnumerable<PaperRecord> papers, TextWriter output)
    {
        output.Write("# Reading list\n");
        foreach (var group in papers.GroupBy(p => p.Section ?? (p.Tags.Count > 0 ? p.Tags[0] : "Other"), StringComparer.Ordinal))
        {
            output.Write($"\n## {OneLine(group.Key)}\n\n");
            foreach (var paper in group)
            {
                var title = paper.Title is null ? $"(untitled: entry {paper.Sources[0].Ordinal} of {paper.Sources[0].Path})" : Escape(OneLine(paper.Title));
                var authors = paper.Authors.Count == 0 ? string.Empty
                    : " — " + string.Join(", ", paper.Authors.Take(3).Select(a => a.ToString())) + (paper.Authors.Count > 3 || paper.MoreAuthors ? " et al." : string.Empty);
                var year = paper.Date is { } date ? string.Create(CultureInfo.InvariantCulture, $" ({date.Year})") : string.Empty;
                output.Write(paper.Url is { } url ? $"- [{title}](<{url}>){authors}{year}\n" : $"- {title}{authors}{year}\n");
            }
        }
    }

    private static string Escape(string text) => text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
