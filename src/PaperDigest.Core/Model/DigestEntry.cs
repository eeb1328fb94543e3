using System.Text.Json.Serialization;

namespace PaperDigest;

/// <summary>One paper, article or news item read from a digest.</summary>
/// <remarks>Immutable; properties a layout does not carry are <see langword="null"/> or empty.</remarks>
public sealed record DigestEntry
{
    private static readonly IReadOnlyDictionary<EntryField, string> EmptyFields =
        new Dictionary<EntryField, string>().AsReadOnly();

    private readonly IReadOnlyList<DigestLink> _links = [];
    private readonly IReadOnlyList<string> _takeaways = [];
    private readonly IReadOnlyList<string> _authors = [];
    private readonly IReadOnlyDictionary<EntryField, string> _fields = EmptyFields;
    private readonly IReadOnlyList<DigestTag> _tags = [];
    private readonly string? _canonicalCategory;
    private readonly string? _canonicalTopic;

    /// <summary>What the entry describes.</summary>
    public EntryKind Kind { get; init; }

    /// <summary>1-based position of the entry in its document.</summary>
    public int Ordinal { get; init; }

    /// <summary>The number the document prints before the entry (a brief's <c>05</c>), when it has one.</summary>
    public int? Number { get; init; }

    /// <summary>The entry title, or <see langword="null"/> when the layout has none (the text catalog export).</summary>
    public string? Title { get; init; }

    /// <summary>A subtitle under the title (a blog section's second line).</summary>
    public string? Subtitle { get; init; }

    /// <summary>
    /// The title of the paper the entry is about, when the text names it (<c>论文标题:</c>, <c>《...》</c>)
    /// and it differs from the entry's own headline.
    /// </summary>
    public string? PaperTitle { get; init; }

    /// <summary>The paper's authors in the order the document lists them; empty when it names none.</summary>
    public IReadOnlyList<string> Authors
    {
        get => _authors;
        init => _authors = value ?? [];
    }

    /// <summary>The research domain (the catalog's first badge, e.g. <c>基础/前沿模型 (含LLM)</c>).</summary>
    public string? Domain { get; init; }

    /// <summary>The category the document files the entry under (e.g. <c>推理与思维链</c>).</summary>
    public string? Category { get; init; }

    /// <summary>A short topic label (a brief's <c>推理</c>, <c>多模态</c>).</summary>
    public string? Topic { get; init; }

    /// <summary>The concept id of <see cref="Category"/> (or its normalized key when no concept takes it); set by the pipeline.</summary>
    public string? CanonicalCategory
    {
        get => _canonicalCategory;
        init => _canonicalCategory = value;
    }

    /// <summary>The concept id of <see cref="Topic"/> (or its normalized key when no concept takes it); set by the pipeline.</summary>
    public string? CanonicalTopic
    {
        get => _canonicalTopic;
        init => _canonicalTopic = value;
    }

    /// <summary>Keyword tags in source order, each with its raw label and canonical id.</summary>
    public IReadOnlyList<DigestTag> Tags
    {
        get => _tags;
        init => _tags = value ?? [];
    }

    /// <summary>The one-sentence TL;DR, when given.</summary>
    [JsonPropertyName("tldr")]
    public string? TlDr { get; init; }

    /// <summary>
    /// Labelled fields (motivation, problem, method, ...) in source order. Well-known labels map to
    /// the static <see cref="EntryField"/> values; unknown labels are kept under their own name.
    /// </summary>
    public IReadOnlyDictionary<EntryField, string> Fields
    {
        get => _fields;
        init => _fields = value ?? EmptyFields;
    }

    /// <summary>The abstract, verbatim with its line breaks (normalized to <c>\n</c>).</summary>
    public string? Abstract { get; init; }

    /// <summary>A summary paragraph or lead.</summary>
    public string? Summary { get; init; }

    /// <summary>The running text of an article or item.</summary>
    public string? Body { get; init; }

    /// <summary>Short takeaway points, in order.</summary>
    public IReadOnlyList<string> Takeaways
    {
        get => _takeaways;
        init => _takeaways = value ?? [];
    }

    /// <summary>Typed links found in the entry (arXiv, GitHub, OpenReview, ...), duplicates merged.</summary>
    public IReadOnlyList<DigestLink> Links
    {
        get => _links;
        init => _links = value ?? [];
    }

    /// <summary>The outlet that published the entry, when named.</summary>
    public string? Publisher { get; init; }

    /// <summary>The arXiv id of the first arXiv link (<c>2501.00001</c>, version kept as written), or <see langword="null"/>.</summary>
    [JsonIgnore]
    public string? ArxivId => FirstId(LinkKind.Arxiv);

    /// <summary>The OpenReview forum id of the first OpenReview link, or <see langword="null"/>.</summary>
    [JsonIgnore]
    public string? OpenReviewId => FirstId(LinkKind.OpenReview);

    /// <summary>The DOI of the first DOI link, or <see langword="null"/>.</summary>
    [JsonIgnore]
    public string? Doi => FirstId(LinkKind.Doi);

    /// <summary>The index in <see cref="DigestDocument.Sections"/> of the innermost section holding the entry, or <see langword="null"/>; set by the pipeline.</summary>
    public int? SectionIndex { get; init; }

    /// <summary>The input lines the entry was read from.</summary>
    public LineSpan Span { get; init; }

    /// <summary>Looks up a field, returning <see langword="null"/> when the entry lacks it.</summary>
    /// <param name="field">The field to read.</param>
    /// <returns>The field text or <see langword="null"/>.</returns>
    public string? GetField(EntryField field) => Fields.TryGetValue(field, out var value) ? value : null;

    /// <summary>
    /// Value equality over every member, the lists and fields included element by element: an entry equals its JSON
    /// round trip (a record's own equality compares collections by reference).
    /// </summary>
    /// <param name="other">The entry to compare with.</param>
    /// <returns>Whether the two hold the same values.</returns>
    public bool Equals(DigestEntry? other) =>
        other is not null && (ReferenceEquals(this, other) || (
            Kind == other.Kind && Ordinal == other.Ordinal && Number == other.Number && SectionIndex == other.SectionIndex && Span == other.Span
            && Title == other.Title && Subtitle == other.Subtitle && PaperTitle == other.PaperTitle && Domain == other.Domain
            && Category == other.Category && _canonicalCategory == other._canonicalCategory && Topic == other.Topic
            && _canonicalTopic == other._canonicalTopic && TlDr == other.TlDr && Abstract == other.Abstract && Summary == other.Summary
            && Body == other.Body && Publisher == other.Publisher
            && _authors.SequenceEqual(other._authors) && _tags.SequenceEqual(other._tags) && _takeaways.SequenceEqual(other._takeaways)
            && _links.SequenceEqual(other._links) && SameFields(_fields, other._fields)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Ordinal, Title, Span, _links.Count, _tags.Count, _fields.Count);

    private static bool SameFields(IReadOnlyDictionary<EntryField, string> a, IReadOnlyDictionary<EntryField, string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (field, text) in a)
        {
            if (!b.TryGetValue(field, out var other) || other != text)
            {
                return false;
            }
        }

        return true;
    }

    private string? FirstId(LinkKind kind)
    {
        foreach (var link in _links)
        {
            if (link.Kind == kind && link.Id is not null)
            {
                return link.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// This entry with tags, category and topic resolved against the pipeline's taxonomy: the pipeline calls it
    /// once per entry before the document is published, and the entry itself is never changed.
    /// </summary>
    /// <summary>The entry with inline markup left from the input (bold marks, links, tags) removed from its strings.</summary>
    internal DigestEntry WithoutMarkup()
    {
        // Each string is made plain once; an entry without markup is returned as it is, with nothing allocated.
        var title = Internals.InlineMarkup.PlainTitle(Title);
        var subtitle = Internals.InlineMarkup.PlainTitle(Subtitle);
        var paperTitle = Internals.InlineMarkup.PlainTitle(PaperTitle);
        var category = Internals.InlineMarkup.Plain(Category);
        var topic = Internals.InlineMarkup.Plain(Topic);
        var tldr = Internals.InlineMarkup.Plain(TlDr);
        var abstractText = Internals.InlineMarkup.Plain(Abstract);
        var summary = Internals.InlineMarkup.Plain(Summary);
        var body = Internals.InlineMarkup.Plain(Body);
        var publisher = Internals.InlineMarkup.Plain(Publisher);
        var authors = PlainAll(Authors);
        var takeaways = PlainAll(Takeaways);
        var fields = PlainFields(Fields);
        var same = ReferenceEquals(title, Title) && ReferenceEquals(subtitle, Subtitle) && ReferenceEquals(paperTitle, PaperTitle)
            && ReferenceEquals(category, Category) && ReferenceEquals(topic, Topic) && ReferenceEquals(tldr, TlDr)
            && ReferenceEquals(abstractText, Abstract) && ReferenceEquals(summary, Summary) && ReferenceEquals(body, Body)
            && ReferenceEquals(publisher, Publisher) && authors is null && takeaways is null && fields is null;
        return same ? this : this with
        {
            Title = title, Subtitle = subtitle, PaperTitle = paperTitle, Category = category, Topic = topic, TlDr = tldr,
            Abstract = abstractText, Summary = summary, Body = body, Publisher = publisher,
            Authors = authors ?? Authors, Takeaways = takeaways ?? Takeaways, Fields = fields ?? Fields,
        };
    }

    // The list made plain, or null when no item changes.
    private static string[]? PlainAll(IReadOnlyList<string> items)
    {
        string[]? plain = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = Internals.InlineMarkup.Plain(items[i])!;
            if (!ReferenceEquals(item, items[i]))
            {
                plain ??= [.. items];
                plain[i] = item;
            }
        }

        return plain;
    }

    // The fields made plain, or null when no value changes.
    private static Dictionary<EntryField, string>? PlainFields(IReadOnlyDictionary<EntryField, string> fields)
    {
        Dictionary<EntryField, string>? plain = null;
        foreach (var (field, value) in fields)
        {
            var text = Internals.InlineMarkup.Plain(value)!;
            if (!ReferenceEquals(text, value))
            {
                plain ??= fields.ToDictionary(f => f.Key, f => f.Value);
                plain[field] = text;
            }
        }

        return plain;
    }

    internal DigestEntry Canonical(Taxonomy.TagCanonicalizer canonicalizer, int? sectionIndex)
    {
        var tags = canonicalizer.Map(_tags);
        var category = canonicalizer.Canonical(Category);
        var topic = canonicalizer.Canonical(Topic);
        return ReferenceEquals(tags, _tags) && category == _canonicalCategory && topic == _canonicalTopic && sectionIndex == SectionIndex
            ? this
            : this with { Tags = tags, CanonicalCategory = category, CanonicalTopic = topic, SectionIndex = sectionIndex };
    }
}
