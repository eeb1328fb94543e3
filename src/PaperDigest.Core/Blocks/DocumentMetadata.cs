namespace PaperDigest.Blocks;

/// <summary>
/// What a document says about itself: Markdown front matter or an HTML page's <c>&lt;head&gt;</c>
/// (title, date, url, publisher or site, author, tags, description). Keys the reader does not map are kept in <see cref="Other"/>.
/// </summary>
public sealed record DocumentMetadata
{
    private static readonly IReadOnlyDictionary<string, string> NoOther = new Dictionary<string, string>().AsReadOnly();

    /// <summary>No metadata.</summary>
    public static DocumentMetadata None { get; } = new();

    /// <summary>The title (<c>title</c>, <c>&lt;title&gt;</c>, <c>og:title</c>).</summary>
    public string? Title { get; init; }

    /// <summary>The publication date (<c>date</c>, <c>publishedAt</c>, <c>date_published</c>, <c>article:published_time</c>, …).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The original URL (<c>url</c>, <c>link</c>, <c>canonical</c>, <c>og:url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>The publisher (<c>publisher</c>, <c>article:publisher</c>).</summary>
    public string? Publisher { get; init; }

    /// <summary>The site or feed the document was taken from (<c>site</c>, <c>site_name</c>, <c>source</c>, <c>og:site_name</c>).</summary>
    public string? SiteName { get; init; }

    /// <summary>The author as stated (<c>author</c>); a clipping tool's account slogan may land here, so it is not taken as the publisher.</summary>
    public string? Author { get; init; }

    /// <summary>Tags (<c>tags</c>, <c>keywords</c>, <c>categories</c>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>A description or excerpt (<c>description</c>, <c>excerpt</c>, <c>summary</c>).</summary>
    public string? Description { get; init; }

    /// <summary>Every other scalar key with its value, as written.</summary>
    public IReadOnlyDictionary<string, string> Other { get; init; } = NoOther;

    /// <summary>The input lines the metadata was read from (front matter), when it has lines of its own.</summary>
    public LineSpan? Lines { get; init; }
}
