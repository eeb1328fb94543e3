namespace PaperDigest.Query;

/// <summary>
/// The searchable texts of one entry, folded once (on first search) and kept: title, paper title, subtitle,
/// TL;DR, fields, summary, takeaways, abstract and body. Names are the entry's JSON property paths.
/// </summary>
internal sealed class EntryText
{
    // Ranking weights: a hit in a title says more about the paper than a hit in its body.
    private const double TitleWeight = 5;
    private const double TlDrWeight = 3;
    private const double FieldWeight = 2;
    private const double SummaryWeight = 2;
    private const double AbstractWeight = 1.5;
    private const double BodyWeight = 1;

    private EntryText(SearchableField[] fields) => Fields = fields;

    public SearchableField[] Fields { get; }

    public static EntryText Of(DigestEntry entry)
    {
        var fields = new List<SearchableField>(8 + entry.Fields.Count);
        Add(fields, "title", entry.Title, TitleWeight, isTitle: true);
        Add(fields, "paperTitle", entry.PaperTitle, TitleWeight, isTitle: true);
        Add(fields, "subtitle", entry.Subtitle, TlDrWeight, isTitle: true);
        Add(fields, "tldr", entry.TlDr, TlDrWeight, isTitle: false);
        foreach (var (name, value) in entry.Fields)
        {
            Add(fields, "fields." + name.Name, value, FieldWeight, isTitle: false);
        }

        Add(fields, "summary", entry.Summary, SummaryWeight, isTitle: false);
        for (var i = 0; i < entry.Takeaways.Count; i++)
        {
            Add(fields, $"takeaways[{i}]", entry.Takeaways[i], SummaryWeight, isTitle: false);
        }

        Add(fields, "abstract", entry.Abstract, AbstractWeight, isTitle: false);
        Add(fields, "body", entry.Body, BodyWeight, isTitle: false);
        return new EntryText([.. fields]);
    }

    private static void Add(List<SearchableField> fields, string name, string? text, double weight, bool isTitle)
    {
        if (!string.IsNullOrEmpty(text))
        {
            fields.Add(new SearchableField(name, text, SearchFolding.Fold(text), weight, isTitle));
        }
    }
}
