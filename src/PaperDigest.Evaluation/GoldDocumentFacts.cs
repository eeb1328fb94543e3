namespace PaperDigest.Evaluation;

/// <summary>Expected document-level facts: title, source url, publisher, date and document tags.</summary>
public sealed record GoldDocumentFacts
{
    /// <summary>The document title.</summary>
    public GoldText? Title { get; init; }

    /// <summary>The source URL.</summary>
    public GoldText? Url { get; init; }

    /// <summary>The publishing outlet.</summary>
    public GoldText? Publisher { get; init; }

    /// <summary>The publication date as <c>yyyy-MM-dd</c>.</summary>
    public GoldText? Date { get; init; }

    /// <summary>The document tags' labels (compared as a set after soft folding).</summary>
    public IReadOnlyList<string>? Tags { get; init; }
}
