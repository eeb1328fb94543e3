using System.Globalization;

namespace PaperDigest.Cli;

/// <summary>
/// The papers of a document as <c>parse</c> lists them under its summary: number, title, first author, arXiv id
/// and the first canonical tags, one row each, aligned in terminal columns (CJK characters take two).
/// </summary>
internal static class PaperTable
{
    private const int TitleWidth = 56;
    private const int AuthorWidth = 20;
    private const int TagCount = 3;

    public static void Print(DigestDocument document, TextWriter output)
    {
        if (document.Entries.Count == 0)
        {
            return;
        }

        var number = Math.Max(1, document.Entries.Count.ToString(CultureInfo.InvariantCulture).Length);
        output.WriteLine("papers:");
        output.WriteLine(Row(number, "#", "title", "first author", "arXiv", "tags"));
        foreach (var entry in document.Entries)
        {
            var arxiv = entry.Links.FirstOrDefault(l => l.Kind == LinkKind.Arxiv && l.Id is not null)?.Id ?? "–";
            var author = entry.Authors.Count > 0 ? DisplayWidth.Fit(entry.Authors[0], AuthorWidth) : "–";
            var tags = entry.Tags.Count > 0 ? string.Join(", ", entry.Tags.Select(t => t.Canonical).Distinct(StringComparer.Ordinal).Take(TagCount)) : "–";
            output.WriteLine(Row(number, entry.Ordinal.ToString(CultureInfo.InvariantCulture), Caption(entry, TitleWidth), author, arxiv, tags));
        }
    }

    /// <summary>A one-line label for an entry: its title, else the start of its TL;DR, summary, abstract or body.</summary>
    public static string Caption(DigestEntry entry, int width) =>
        DisplayWidth.Fit(entry.Title ?? entry.TlDr ?? entry.Summary ?? entry.Abstract ?? entry.Body ?? string.Empty, width);

    private static string Row(int numberWidth, string number, string title, string author, string arxiv, string tags) =>
        $"  {number.PadLeft(numberWidth)}  {DisplayWidth.PadRight(TerminalSafeWriter.OneLine(title), TitleWidth)}  {DisplayWidth.PadRight(TerminalSafeWriter.OneLine(author), AuthorWidth)}  {arxiv,-16}  {TerminalSafeWriter.OneLine(tags)}".TrimEnd();
}
