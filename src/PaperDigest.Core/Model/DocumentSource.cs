namespace PaperDigest;

/// <summary>Where a document says it came from: its front matter, page head, source line or byline.</summary>
/// <param name="Url">The source URL, when the document names one.</param>
/// <param name="Publisher">The publishing outlet (a byline's <c>晨星科技</c>, <c>北辰评论</c>), when the document names one.</param>
public sealed record DocumentSource(string? Url, string? Publisher)
{
    private readonly IReadOnlyList<string> _authors = [];

    /// <summary>The title the source gives the document (front matter <c>title</c>, a page's <c>&lt;title&gt;</c>).</summary>
    public string? Title { get; init; }

    /// <summary>The publication date the source states.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The authors or editors the source names, in order.</summary>
    public IReadOnlyList<string> Authors
    {
        get => _authors;
        init => _authors = value ?? [];
    }

    /// <summary>The site or feed the document was taken from (<c>source:</c>, <c>og:site_name</c>), when it differs from the publisher.</summary>
    public string? SiteName { get; init; }
}
