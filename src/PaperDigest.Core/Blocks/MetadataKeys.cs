using System.Globalization;

namespace PaperDigest.Blocks;

/// <summary>
/// The one table of metadata key names (front matter keys, HTML <c>&lt;meta&gt;</c> names and properties)
/// and how their values become <see cref="DocumentMetadata"/>: shared by the Markdown and HTML front ends.
/// </summary>
internal sealed class MetadataKeys
{
    // Earlier keys win: a publication date before a save date, a title before an Open Graph title.
    private static readonly string[] TitleKeys = ["title", "og:title", "name", "headline"];
    private static readonly string[] DateKeys = ["publishedat", "published_at", "date_published", "published", "article:published_time", "date", "pubdate", "created", "created_at", "generated_at", "date_saved"];
    private static readonly string[] UrlKeys = ["url", "canonical", "og:url", "link", "source_url", "original_url", "originalurl"];
    private static readonly string[] PublisherKeys = ["publisher", "article:publisher"];
    private static readonly string[] SiteKeys = ["site_name", "sitename", "og:site_name", "site", "source"];
    private static readonly string[] AuthorKeys = ["author", "authors", "article:author", "creator"];
    private static readonly string[] TagKeys = ["tags", "keywords", "article:tag"];
    private static readonly string[] DescriptionKeys = ["description", "og:description", "excerpt", "summary", "abstract"];

    private static readonly HashSet<string> Known = new(
        [.. TitleKeys, .. DateKeys, .. UrlKeys, .. PublisherKeys, .. SiteKeys, .. AuthorKeys, .. TagKeys, .. DescriptionKeys],
        StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    /// <summary>Adds one value of a key (a list adds each item).</summary>
    public void Add(string key, string? value)
    {
        key = key.Trim();
        value = value?.Trim();
        if (key.Length == 0 || string.IsNullOrEmpty(value))
        {
            return;
        }

        if (!_values.TryGetValue(key, out var values))
        {
            _values[key] = values = [];
            _order.Add(key);
        }

        values.Add(value);
    }

    public DocumentMetadata Build(LineSpan? lines)
    {
        if (_values.Count == 0)
        {
            return lines is null ? DocumentMetadata.None : new DocumentMetadata { Lines = lines };
        }

        return new DocumentMetadata
        {
            Title = First(TitleKeys),
            Date = DateKeys.Select(First).Select(ParseDate).FirstOrDefault(d => d is not null) ?? DateIn(First(TitleKeys)),
            Url = UrlKeys.Select(First).FirstOrDefault(IsUrl),
            Publisher = First(PublisherKeys),
            SiteName = SiteKeys.Select(First).FirstOrDefault(v => v is not null && !IsUrl(v)),
            Author = AuthorKeys.Select(k => _values.TryGetValue(k, out var v) ? string.Join(", ", v) : null).FirstOrDefault(v => v is not null),
            Tags = TagKeys.Select(k => _values.GetValueOrDefault(k)).FirstOrDefault(v => v is not null) is { } tags ? SplitTags(tags) : [],
            Description = First(DescriptionKeys),
            Other = _order.Where(k => !Known.Contains(k)).ToDictionary(k => k, k => string.Join(", ", _values[k]), StringComparer.Ordinal).AsReadOnly(),
            Lines = lines,
        };
    }

    private string? First(string key) => _values.TryGetValue(key, out var values) ? values[0] : null;

    private string? First(string[] keys) => keys.Select(First).FirstOrDefault(v => v is not null);

    private static bool IsUrl(string? value) =>
        value is not null && Parsing.LinkExtractor.IsWebUrl(value);

    // "2026-02-01", "2024-05-01 16:36:00", "2026-02-26T20:23:33.225694", "2026/02/01".
    internal static DateOnly? ParseDate(string? value)
    {
        if (value is null || value.Length < 8)
        {
            return null;
        }

        var head = value.AsSpan(0, Math.Min(10, value.Length)).ToString().Replace('/', '-');
        return DateOnly.TryParseExact(head, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) ? DateOnly.FromDateTime(moment.UtcDateTime)
            : null;
    }

    // A digest titled with its day ("arXiv 中文要点汇总 - cs.CL - 2025-12-17") is dated by it when no key dates it.
    internal static DateOnly? DateIn(string? title)
    {
        if (title is null)
        {
            return null;
        }

        for (var i = 0; i + 10 <= title.Length; i++)
        {
            var candidate = title.AsSpan(i, 10);
            if (char.IsAsciiDigit(candidate[0]) && candidate[4] == '-' && candidate[7] == '-'
                && (i == 0 || !char.IsAsciiDigit(title[i - 1])) && (i + 10 == title.Length || !char.IsAsciiDigit(title[i + 10]))
                && DateOnly.TryParseExact(candidate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    // A YAML list gives one value per tag; a single "a, b" or "a b" string is split.
    private static string[] SplitTags(List<string> values) =>
        (values.Count > 1 ? values : values[0].Split([',', '，', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList())
            .Select(t => t.TrimStart('#').Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
