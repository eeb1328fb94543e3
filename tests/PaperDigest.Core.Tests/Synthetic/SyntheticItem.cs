namespace PaperDigest.Tests.Synthetic;

/// <summary>One generated news item: what a correct parse recovers from any template it is rendered in.</summary>
/// <param name="Title">The title, as rendered.</param>
/// <param name="Summary">The one-sentence summary.</param>
/// <param name="Url">The link the item carries; empty for an item without one (a headline in a brief of headlines).</param>
/// <param name="Publisher">The source it closes with (collections), or <see langword="null"/>.</param>
public sealed record SyntheticItem(string Title, string Summary, string Url, string? Publisher);
