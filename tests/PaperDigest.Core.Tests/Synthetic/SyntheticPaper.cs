namespace PaperDigest.Tests.Synthetic;

/// <summary>One generated paper: what a correct parse recovers from any template it is rendered in.</summary>
/// <param name="Title">The title, as rendered.</param>
/// <param name="ArxivId">The arXiv id its links carry.</param>
/// <param name="Authors">The authors in order.</param>
/// <param name="Fields">The labelled values, in order, labels as rendered.</param>
public sealed record SyntheticPaper(string Title, string ArxivId, IReadOnlyList<string> Authors, IReadOnlyList<(string Label, string Value)> Fields);
