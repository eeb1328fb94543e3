using PaperDigest.Parsing;

namespace PaperDigest.Export;

/// <summary>Builds a <see cref="PaperRecord"/> from a parsed entry (<see cref="PaperRecord.From"/>).</summary>
internal static class PaperRecords
{
    public static PaperRecord Build(DigestDocument document, DigestEntry entry, string? path)
    {
        var arxiv = entry.ArxivId is { } id ? ArxivId.WithoutVersion(id).ToString() : null;
        var (title, translated) = Titles(entry);
        var (authors, more) = Authors(entry.Authors);
        return new PaperRecord
        {
            Title = title,
            TranslatedTitle = translated,
            Authors = authors,
            MoreAuthors = more,
            Date = DateOf(arxiv, document),
            Venue = Venues.Find(entry),
            ArxivId = arxiv,
            PrimaryClass = PrimaryClass(entry.Category),
            Doi = entry.Doi,
            Url = arxiv is not null ? ArxivId.AbsUrl(arxiv) : entry.Doi is { } doi ? "https://doi.org/" + doi : entry.Links.Count > 0 ? entry.Links[0].Url : null,
            Abstract = entry.Abstract ?? entry.Summary ?? entry.TlDr,
            Tags = [.. entry.Tags.Select(t => t.Canonical).Distinct(StringComparer.Ordinal)],
            Section = entry.Category ?? entry.Topic ?? (entry.SectionIndex is { } s && s < document.Sections.Count ? document.Sections[s].Title : null),
            Sources = [new PaperSource(path ?? document.Title, entry.Ordinal, document.Format)],
        };
    }

    // The paper's own title, and the digest's translation where it gives both (a Chinese title over an English paper).
    private static (string? Title, string? Translated) Titles(DigestEntry entry)
    {
        var (paper, title) = (entry.PaperTitle, entry.Title);
        if (paper is null || title is null || paper == title)
        {
            return (paper ?? title, null);
        }

        return CjkShare(title) > CjkShare(paper) ? (paper, title) : CjkShare(paper) > CjkShare(title) ? (title, paper) : (paper, null);
    }

    private static double CjkShare(string text) =>
        text.Length == 0 ? 0 : (double)text.Count(Internals.HanText.IsHan) / text.Length;

    // "A, B 等" and "A, B et al." were shortened by the digest: the names are kept, the rest is a flag.
    private static (PersonName[] Authors, bool More) Authors(IReadOnlyList<string> names)
    {
        var more = names.Count > 0 && names[^1].Trim().TrimEnd('.') is "et al" or "等" or "等人" or "…" or "...";
        return ([.. names.Take(more ? names.Count - 1 : names.Count).Select(PersonName.Parse)], more);
    }

    // The arXiv id's yymm first (2410.24164 is October 2024), then the document's date.
    private static PaperDate? DateOf(string? arxiv, DigestDocument document)
    {
        if (arxiv is { Length: >= 4 } && int.TryParse(arxiv.AsSpan(0, 2), out var yy) && int.TryParse(arxiv.AsSpan(2, 2), out var mm) && mm is >= 1 and <= 12 && arxiv.Length > 4 && arxiv[4] == '.')
        {
            return new PaperDate(2000 + yy, mm, null, PaperDateSource.ArxivId);
        }

        return document.Date is { } date ? new PaperDate(date.Year, date.Month, date.Day, PaperDateSource.Document) : null;
    }

    // "cs.CL" or "cs.CL, cs.AI": the first category when every word is one.
    private static string? PrimaryClass(string? category) =>
        category is not null && Records.SlotContent.IsCategoryLine(category)
            ? category.Split([' ', ',', '，', ';'], StringSplitOptions.RemoveEmptyEntries)[0]
            : null;
}
