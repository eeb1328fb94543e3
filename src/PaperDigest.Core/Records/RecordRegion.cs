namespace PaperDigest.Records;

/// <summary>A heading above a document's records that groups them (a category, a day, a part).</summary>
/// <param name="Title">The heading's text.</param>
/// <param name="Level">The heading level.</param>
/// <param name="Lines">The heading's input lines and any text under it before the first record.</param>
/// <param name="ParentIndex">The enclosing region, or <see langword="null"/>.</param>
public sealed record RecordRegion(string Title, int Level, LineSpan Lines, int? ParentIndex);
