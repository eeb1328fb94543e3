namespace PaperDigest.Query;

/// <summary>The entry tests shared by the fluent filters and the query language.</summary>
internal static class EntryPredicates
{
    // Hosts whose links are code even when the extractor filed them as plain web links.
    private static readonly string[] CodeHosts = ["gitlab.com", "gitee.com", "bitbucket.org", "codeberg.org"];

    public static Func<CorpusEntry, bool> Tag(string value, bool includeNarrower) =>
        LabelFilter.For(value, includeNarrower, static (filter, entry) => filter.AcceptsAny(entry.Tags));

    public static Func<CorpusEntry, bool> EntryTag(string value) =>
        LabelFilter.For(value, includeNarrower: true, static (filter, entry) => filter.AcceptsAny(entry.OwnTags));

    public static Func<CorpusEntry, bool> Category(string value, bool includeNarrower) =>
        LabelFilter.For(value, includeNarrower, static (filter, entry) => filter.Accepts(entry.CanonicalCategory));

    public static Func<CorpusEntry, bool> Topic(string value, bool includeNarrower) =>
        LabelFilter.For(value, includeNarrower, static (filter, entry) => filter.Accepts(entry.CanonicalTopic));

    public static Func<CorpusEntry, bool> Format(DigestFormat format) => entry => entry.Format == format;

    public static Func<CorpusEntry, bool> Publisher(string publisher)
    {
        var folded = SearchFolding.Fold(publisher.Trim());
        return entry => entry.Publisher is { } name && FoldedContains(name, folded);
    }

    private static bool FoldedContains(string text, string folded)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        SearchFolding.Fold(text, buffer);
        return buffer.IndexOf(folded, StringComparison.Ordinal) >= 0;
    }

    public static Func<CorpusEntry, bool> Language(DocumentLanguage language) => entry => entry.Language == language;

    /// <summary>Any Chinese: Simplified, Traditional or mixed with English.</summary>
    public static bool IsChinese(CorpusEntry entry) =>
        entry.Language is DocumentLanguage.ZhHans or DocumentLanguage.ZhHant or DocumentLanguage.Mixed;

    public static Func<CorpusEntry, bool> Link(LinkKind kind) => entry => entry.Entry.Links.Any(link => link.Kind == kind);

    public static bool HasCode(CorpusEntry entry) => entry.Entry.Links.Any(IsCode);

    public static bool IsCode(DigestLink link) =>
        link.Kind == LinkKind.GitHub ||
        (Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) && CodeHosts.Any(host => uri.Host.EndsWith(host, StringComparison.OrdinalIgnoreCase)));

    public static Func<CorpusEntry, bool> Arxiv(string id)
    {
        var wanted = ArxivKey(id);
        return entry => entry.Entry.Links.Any(link => link.Kind == LinkKind.Arxiv && link.Id is not null && ArxivKey(link.Id) == wanted);
    }

    /// <summary>An arXiv id without its version suffix, lower-cased: <c>2401.01234v2</c> and <c>2401.01234</c> are one paper.</summary>
    public static string ArxivKey(string id)
    {
        var trimmed = id.Trim().ToLowerInvariant();
        var v = trimmed.LastIndexOf('v');
        var isVersion = v > 0 && v < trimmed.Length - 1 && char.IsAsciiDigit(trimmed[v - 1]) && !trimmed.AsSpan(v + 1).ContainsAnyExceptInRange('0', '9');
        return isVersion ? trimmed[..v] : trimmed;
    }

    public static Func<CorpusEntry, bool> Field(EntryField field) =>
        entry => entry.Entry.Fields.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value);

    /// <summary>
    /// <c>has:</c> values: link kinds (<c>code</c>, <c>arxiv</c>, <c>github</c>, <c>huggingface</c>, <c>openreview</c>,
    /// <c>doi</c>, <c>project</c>, <c>demo</c>, <c>link</c>), parts of an entry (<c>title</c>, <c>tldr</c>, <c>abstract</c>,
    /// <c>summary</c>, <c>body</c>, <c>tags</c>, <c>paper</c>), or any field name (<c>method</c>, <c>limitations</c>...).
    /// </summary>
    public static Func<CorpusEntry, bool> Has(string value) => value.ToLowerInvariant() switch
    {
        "code" => HasCode,
        "arxiv" => Link(LinkKind.Arxiv),
        "github" => Link(LinkKind.GitHub),
        "huggingface" => Link(LinkKind.HuggingFace),
        "openreview" => Link(LinkKind.OpenReview),
        "doi" => Link(LinkKind.Doi),
        "project" => Link(LinkKind.Project),
        "demo" => Link(LinkKind.Demo),
        "link" or "links" => entry => entry.Entry.Links.Count > 0,
        "title" => entry => !string.IsNullOrWhiteSpace(entry.Title),
        "tldr" => entry => !string.IsNullOrWhiteSpace(entry.Entry.TlDr),
        "abstract" => entry => !string.IsNullOrWhiteSpace(entry.Entry.Abstract),
        "summary" => entry => !string.IsNullOrWhiteSpace(entry.Entry.Summary),
        "body" => entry => !string.IsNullOrWhiteSpace(entry.Entry.Body),
        "tags" => entry => entry.Tags.Count > 0,
        "paper" => entry => !string.IsNullOrWhiteSpace(entry.Entry.PaperTitle),
        var name => Field(new EntryField(name)),
    };
}
