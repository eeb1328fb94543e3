namespace PaperDigest;

/// <summary>Which fact a <see cref="PaperDate"/> comes from, in the order they are tried.</summary>
public enum PaperDateSource
{
    /// <summary>The paper's arXiv id (<c>2410.24164</c>: October 2024).</summary>
    ArxivId,

    /// <summary>The date of the document that lists the paper (its front matter, title or dateline).</summary>
    Document,
}
