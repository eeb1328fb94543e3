using PaperDigest.Records;

namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// One induced record as a catalog paper: the label table names the labelled slots (authors, abstract, TL;DR, fields,
/// paper title, category, keywords), content types fill what no label named (an author line, a category line, the
/// title in the other script), and an unknown label is a field under its own name. A field may occur twice: its
/// values are joined, never the text between them.
/// </summary>
internal sealed class RecordEntry
{
    // A record's one long prose slot that no label names is its abstract (a judgement: docs/records.md).
    private const int MinAbstractLength = 100;

    private readonly Dictionary<EntryField, string> _fields = [];
    private readonly List<DigestTag> _tags = [];
    private readonly List<string> _body = [];
    private readonly DigestParseContext _context;
    private string? _tldr, _abstract, _paperTitle, _category, _topic, _publisher;
    private string[]? _authors;
    private RecordSlot? _prose;

    private RecordEntry(DigestParseContext context) => _context = context;

    /// <param name="record">The record.</param>
    /// <param name="context">The parse.</param>
    /// <param name="proseIsAbstract">Whether the one long unnamed slot is the paper's abstract (a catalog's), not an item's text.</param>
    public static DigestEntry Build(InducedRecord record, DigestParseContext context, bool proseIsAbstract = true)
    {
        var entry = new RecordEntry(context);
        foreach (var slot in record.Slots)
        {
            entry.Read(slot);
        }

        if (proseIsAbstract)
        {
            entry.TakeProseAsAbstract();
        }

        // A record opened by its id ("arXiv:2503.70001" over "Title: …") is titled by its labelled title.
        var titledByLabel = entry._paperTitle is not null && NamesNoTitle(record.Title);
        return new DigestEntry
        {
            Kind = EntryKind.Paper,
            Ordinal = context.NextOrdinal,
            Number = record.Number,
            Title = titledByLabel ? entry._paperTitle : record.Title,
            PaperTitle = titledByLabel ? null : entry._paperTitle,
            Authors = entry._authors ?? [],
            Category = entry._category,
            Topic = entry._topic,
            Publisher = entry._publisher,
            Tags = entry._tags,
            TlDr = entry._tldr,
            Fields = entry._fields,
            Abstract = entry._abstract,
            Body = entry._body.Count > 0 ? string.Join('\n', entry._body) : null,
            Links = record.Links,
            Span = record.Lines,
        };
    }

    // An id, an address or a number, with no words of a title: "arXiv:2503.70001", "https://…", "[12]".
    private static bool NamesNoTitle(string title)
    {
        var text = title.AsSpan().Trim();
        var id = text.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) ? text["arXiv:".Length..].TrimStart() : text;
        return (id.Length > 0 && ArxivId.Length(id) == id.Length) || LinkExtractor.IsWebUrl(text) || !text.ContainsAnyExcept(NoTitleCharacters);
    }

    private static readonly System.Buffers.SearchValues<char> NoTitleCharacters = System.Buffers.SearchValues.Create("0123456789 .#[]()、:：-");

    private void Read(RecordSlot slot)
    {
        var value = slot.Value.Trim();
        switch (slot.Kind)
        {
            case RecordSlotKind.Labelled when value.Length > 0 && !IsLinkValue(value):
                if (!Named(slot.Label!, value))
                {
                    Join(new EntryField(slot.Label!), value);
                    _prose = Longer(_prose, slot);
                }

                break;
            case RecordSlotKind.Authors:
                _authors ??= SlotContent.TryReadAuthors(value, out var names) || AuthorNames.TryRead(value, out names) ? names : null;
                break;
            case RecordSlotKind.Categories:
                _category ??= value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)[0];
                break;
            case RecordSlotKind.AlternateTitle:
                _paperTitle ??= value;
                break;
            case RecordSlotKind.Text:
                _body.Add(value);
                _prose = Longer(_prose, slot);
                break;
        }
    }

    // A label the table knows, put where it belongs; false for a label it does not know.
    private bool Named(string label, string value)
    {
        if (!SlotNames.TryName(label, out var match))
        {
            return false;
        }

        switch (match.Role)
        {
            case LabelRole.Field:
                Join(match.Field, value);
                return true;
            case LabelRole.TlDr:
                _tldr = _tldr is null ? value : _tldr + "\n" + value;
                return true;
            case LabelRole.Abstract:
                _abstract = _abstract is null ? value : _abstract + "\n" + value;
                return true;
            case LabelRole.PaperTitle:
                _paperTitle ??= string.Join(' ', value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                return true;
            case LabelRole.Authors:
                _authors ??= AuthorNames.Split(AuthorNames.WithoutEtAlText(value).ToString());
                return true;
            case LabelRole.MainCategory:
                _category ??= CategoryOf(value);
                return true;
            case LabelRole.Topic:
                _topic ??= value;
                return true;
            case LabelRole.Source:
                _publisher ??= value;
                return true;
            case LabelRole.Keywords:
                // One rule for keyword values everywhere: separators, hashtags (#a #b) or Chinese words apart.
                var tags = new TagList();
                TagSplitter.SplitKeywords(value, tags, _context);
                _tags.AddRange(tags.Items);
                return true;
            case LabelRole.PaperLink or LabelRole.CodeLink or LabelRole.ProjectLink or LabelRole.DemoLink:
                return true; // the record's links are typed already
            default:
                return false;
        }
    }

    private void TakeProseAsAbstract()
    {
        if (_abstract is not null || _prose is null || !IsProse(_prose.Value))
        {
            return;
        }

        _abstract = _prose.Value.Trim();
        if (_prose.Label is { } label)
        {
            _fields.Remove(new EntryField(label));
        }
        else
        {
            _body.Remove(_abstract);
        }
    }

    private void Join(EntryField field, string value) =>
        _fields[field] = _fields.TryGetValue(field, out var earlier) ? earlier + "\n" + value : value;

    // "robotics | cs.RO, cs.CV": the first arXiv class when there is one, else the text.
    private static string CategoryOf(string value)
    {
        foreach (var range in value.AsSpan().SplitAny(' ', ',', '|', '，'))
        {
            var word = value.AsSpan()[range].Trim();
            if (SlotContent.IsCategory(word))
            {
                return word.ToString();
            }
        }

        return value;
    }

    // A value that is one URL or arXiv id is a link of the record (typed already), not a field.
    private static bool IsLinkValue(string value) =>
        (LinkExtractor.IsWebUrl(value) && !value.Contains(' ')) || ArxivId.Length(value) == value.Length;

    // Text a person wrote, not data (a JSON value in front matter): long enough, not opening like a structure.
    private static bool IsProse(string value) => value.Length >= MinAbstractLength && value.TrimStart() is { Length: > 0 } text && text[0] is not ('[' or '{');

    private static RecordSlot? Longer(RecordSlot? a, RecordSlot b) => a is null || b.Value.Length > a.Value.Length ? b : a;
}
