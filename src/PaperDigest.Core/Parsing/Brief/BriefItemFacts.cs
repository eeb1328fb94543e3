namespace PaperDigest.Parsing.Brief;

/// <summary>
/// The labelled lines of a brief item that state facts rather than prose: the source paper's title (<c>原文：</c>,
/// <c>原始论文标题：</c>), its authors, the topic (<c>**方向**: Efficient LLM ⭐⭐⭐ 必读</c>, the rating cut off) and link lines.
/// </summary>
internal sealed class BriefItemFacts
{
    private static readonly char[] RatingMarks = ['⭐', '★', '☆'];

    public string? PaperTitle { get; private set; }

    public string? Topic { get; private set; }

    public string[] Authors { get; private set; } = [];

    /// <summary>Takes the line when it is a labelled fact; returns whether it was one.</summary>
    public bool TryRead(MarkdownLine line)
    {
        if (!LabelTable.TryMatch(line.Text, LabelGroups.PaperHead | LabelGroups.PaperLinks, out var label) || !label.HadColon)
        {
            return false;
        }

        var value = line.Text.AsSpan(label.ContentStart).Trim();
        switch (label.Role)
        {
            case LabelRole.PaperTitle:
                PaperTitle ??= LabelledPaperTitle.Of(label, value);
                return true;
            case LabelRole.Topic:
                var rating = value.IndexOfAny(RatingMarks);
                Topic ??= (rating >= 0 ? value[..rating] : value).Trim() is { IsEmpty: false } topic ? topic.ToString() : null;
                return true;
            case LabelRole.Authors:
                Authors = Authors.Length > 0 ? Authors : AuthorNames.Split(AuthorNames.WithoutEtAlText(value).ToString());
                return true;
            case LabelRole.PaperLink when LabelledPaperTitle.Of(label, value) is { } title:
                // "论文：Token-level Reward Shaping": the label names the paper, and the value is its title, not its address.
                PaperTitle ??= title;
                return true;
            case LabelRole.PaperLink or LabelRole.CodeLink or LabelRole.ProjectLink or LabelRole.DemoLink:
                // Its address is read with the item's links.
                return true;
            default:
                return false;
        }
    }
}
