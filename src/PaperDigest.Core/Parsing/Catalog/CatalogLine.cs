namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// What the classifier learned about one line, kept small (8 bytes) because there is one per input line:
/// its kind and, for label lines, where the content starts and which field the label names.
/// </summary>
internal readonly record struct CatalogLine(CatalogLineKind Kind, byte FieldId, int ContentStart)
{
    /// <summary>The field id of a label this compact form cannot hold (an unknown label): look it up again.</summary>
    public const byte OtherField = byte.MaxValue;

    public static CatalogLine From(CatalogLineKind kind, FieldLabelMatch label)
    {
        var id = Array.IndexOf(EntryField.WellKnown, label.Field);
        return new CatalogLine(kind, id >= 0 ? (byte)id : OtherField, label.ContentStart);
    }

    /// <summary>The well-known field this line names, or <see langword="null"/> for an unknown label.</summary>
    public EntryField? KnownField => FieldId < EntryField.WellKnown.Length ? EntryField.WellKnown[FieldId] : null;
}
