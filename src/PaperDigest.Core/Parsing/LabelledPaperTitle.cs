namespace PaperDigest.Parsing;

/// <summary>
/// The paper title a labelled line gives: the value of a title label (<c>论文标题：…</c>), or of a paper label whose
/// value is a title rather than an address (<c>论文：Token-level Reward Shaping</c>); quotes and book-title marks off.
/// One rule for every layout that reads such lines.
/// </summary>
internal static class LabelledPaperTitle
{
    /// <summary>The title, or <see langword="null"/> when the label gives none.</summary>
    public static string? Of(LabelMatch label, ReadOnlySpan<char> value)
    {
        var text = LabelText.StripMarkdown(value).Trim("《》\"“”").Trim();
        var isTitle = label.Role == LabelRole.PaperTitle
            || (label.Role == LabelRole.PaperLink && !text.Contains("://", StringComparison.Ordinal) && ArxivId.Length(text) == 0 && Records.PaperTitleIndex.IsTitleLike(text));
        return isTitle && !text.IsEmpty ? text.ToString() : null;
    }
}
