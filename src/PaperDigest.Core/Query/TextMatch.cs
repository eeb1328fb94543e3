namespace PaperDigest;

/// <summary>
/// Where a search term matched: the entry's field as its JSON path (<c>title</c>, <c>tldr</c>,
/// <c>fields.method</c>, <c>takeaways[0]</c>, <c>abstract</c>, <c>body</c>...) and the character range in that field's text.
/// </summary>
/// <param name="Field">The JSON path of the field.</param>
/// <param name="Start">The offset of the match in the field's text.</param>
/// <param name="Length">The length of the match.</param>
public readonly record struct TextMatch(string Field, int Start, int Length);
