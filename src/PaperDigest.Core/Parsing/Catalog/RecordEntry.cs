using PaperDigest.Records;

namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// One induced record as a catalog paper: the label table names the labelled slots (authors, abstract, TL;DR, fields,
/// paper title, category, keywords), content types fill what no label named (an author line, a category line, the
/// title in the other script), and an unknown label is a field under its own name. A field may occur twice: its
/// values are joined, never the text between them.
/// </summary>
internal static class RecordEntry
{
    // A record's one long prose slot that no label names is its abstract (a judgement: docs/records.md).
    private const int MinAbstractLength = 100;

    public static DigestEntry Build(InducedRecord record, DigestParseContext context)
    {
        var fields = new Dictionary<EntryField, string>();
        string? tldr = null, abstractText = null, paperTitle = null, category = null, topic = null;
        string[]? authors = null;
        var tags = new List<DigestTag>();
        var body = new List<string>();
        RecordSlot? prose = null;
        foreach (var slot in record.Slots)
        {
            var value = slot.Value.Trim();
            switch (slot.Kind)
            {
                case RecordSlotKind.Labelled when value.Length > 0 && !IsLinkValue(value):
                    if (!Named(slot.Label!, value, fields, ref tldr, ref abstractText, ref paperTitle, ref category, ref topic, ref authors, tags, context))
                    {
                        Join(fields, new EntryField(slot.Label!), value);
                        prose = Longer(prose, slot);
                    }

                    break;
                case RecordSlotKind.Authors:
                    authors ??= SlotContent.TryReadAuthors(value, out var names) || AuthorNames.TryRead(value, out names) ? names : null;
                    break;
                case RecordSlotKind.Categories:
                    category ??= FirstWord(value);
                    break;
                case RecordSlotKind.AlternateTitle:
                    paperTitle ??= value;
                    break;
                case RecordSlotKind.Text:
                    body.Add(value);
                    prose = Longer(prose, slot);
                    break;
            }
        }

        if (abstractText is null && prose is not null && IsProse(prose.Value))
        {
            abstractText = prose.Value.Trim();
            if (prose.Label is { } label)
            {
                fields.Remove(new EntryField(label));
            }
            else
            {
                body.Remove(abstractText);
            }
        }

        return new DigestEntry
        {
            Kind = EntryKind.Paper,
            Ordinal = context.NextOrdinal,
            Number = record.Number,
            Title = record.Title,
            PaperTitle = paperTitle,
            Authors = authors ?? [],
            Category = category,
            Topic = topic,
            Tags = tags,
            TlDr = tldr,
            Fields = fields,
            Abstract = abstractText,
            Body = body.Count > 0 ? string.Join('\n', body) : null,
            Links = record.Links,
            Span = record.Lines,
        };
    }

    // A label the table knows, put where it belongs; false for a label it does not know.
    private static bool Named(string label, string value, Dictionary<EntryField, string> fields, ref string? tldr, ref string? abstractText,
        ref string? paperTitle, ref string? category, ref string? topic, ref string[]? authors, List<DigestTag> tags, DigestParseContext context)
    {
        if (!SlotNames.TryName(label, out var match))
        {
            return false;
        }

        switch (match.Role)
        {
            case LabelRole.Field:
                Join(fields, match.Field, value);
                return true;
            case LabelRole.TlDr:
                tldr = tldr is null ? value : tldr + "\n" + value;
                return true;
            case LabelRole.Abstract:
                abstractText = abstractText is null ? value : abstractText + "\n" + value;
                return true;
            case LabelRole.PaperTitle:
                paperTitle ??= string.Join(' ', value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                return true;
            case LabelRole.Authors:
                authors ??= AuthorNames.Split(AuthorNames.WithoutEtAlText(value).ToString());
                return true;
            case LabelRole.MainCategory:
                category ??= CategoryOf(value);
                return true;
            case LabelRole.Topic:
                topic ??= value;
                return true;
            case LabelRole.Keywords:
                foreach (var tag in AuthorNames.Split(value))
                {
                    tags.Add(context.Tag(tag.TrimStart('#')));
                }

                return true;
            case LabelRole.PaperLink or LabelRole.CodeLink or LabelRole.ProjectLink or LabelRole.DemoLink:
                return true; // the record's links are typed already
            default:
                return false;
        }
    }

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

    private static string FirstWord(string value) => value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)[0];

    private static void Join(Dictionary<EntryField, string> fields, EntryField field, string value) =>
        fields[field] = fields.TryGetValue(field, out var earlier) ? earlier + "\n" + value : value;

    private static RecordSlot? Longer(RecordSlot? a, RecordSlot b) => a is null || b.Value.Length > a.Value.Length ? b : a;
}
