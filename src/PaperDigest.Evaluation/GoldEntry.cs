namespace PaperDigest.Evaluation;

/// <summary>
/// The facts a correct parse states about one entry. Every member is optional: a gold file states what
/// its author checked, and only those facts are scored.
/// </summary>
public sealed record GoldEntry
{
    private static readonly IReadOnlyDictionary<string, GoldText> NoTexts = new Dictionary<string, GoldText>().AsReadOnly();

    /// <summary>
    /// Text facts by member name: <c>title</c>, <c>paperTitle</c>, <c>topic</c>, <c>domain</c>, <c>category</c>,
    /// <c>tldr</c>, <c>abstract</c>, <c>summary</c>, <c>body</c>, <c>publisher</c>, and <c>fields.NAME</c> for a labelled field
    /// (<see cref="EntryField.Name"/>). See <see cref="EntryMembers"/>.
    /// </summary>
    public IReadOnlyDictionary<string, GoldText> Texts { get; init; } = NoTexts;

    /// <summary>The expected tag labels (compared as a set after soft folding), or <see langword="null"/> when not stated.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Every expected id-bearing link, or <see langword="null"/> when not stated.</summary>
    public IReadOnlyList<GoldLink>? Links { get; init; }

    /// <summary>The expected authors in order, or <see langword="null"/> when not stated.</summary>
    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary>The entry's 1-based position in the document, when the gold file pins it.</summary>
    public int? Ordinal { get; init; }

    /// <summary>Whether the entry states nothing but what a template gave it (an anonymous entry of a partial list).</summary>
    internal bool IsAnonymous { get; init; }

    /// <summary>This entry with the facts of <paramref name="template"/> it does not state itself.</summary>
    /// <param name="template">The gold file's <c>each</c> template, or <see langword="null"/>.</param>
    /// <returns>The merged entry.</returns>
    public GoldEntry MergedWith(GoldEntry? template)
    {
        if (template is null)
        {
            return this;
        }

        var texts = new Dictionary<string, GoldText>(template.Texts, StringComparer.Ordinal);
        foreach (var (member, fact) in Texts)
        {
            texts[member] = fact;
        }

        return this with
        {
            Texts = texts.AsReadOnly(),
            Tags = Tags ?? template.Tags,
            Links = Links ?? template.Links,
            Authors = Authors ?? template.Authors,
        };
    }

    /// <summary>This entry without the named members (a rendering that does not show them).</summary>
    /// <param name="members">Member names: text members, <c>fields.NAME</c>, <c>tags</c>, <c>links</c>, <c>authors</c>.</param>
    /// <returns>The entry without those facts.</returns>
    public GoldEntry Without(IReadOnlyCollection<string> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Count == 0 ? this : this with
        {
            Texts = Texts.Where(t => !members.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal).AsReadOnly(),
            Tags = members.Contains(EntryMembers.Tags) ? null : Tags,
            Links = members.Contains(EntryMembers.Links) ? null : Links,
            Authors = members.Contains(EntryMembers.Authors) ? null : Authors,
        };
    }

    /// <summary>
    /// The gold entry a parsed entry of another rendering gives: the named members with their exact
    /// values, so two renderings of one document can be scored against each other. A member the twin's
    /// parse lacks states nothing (two parses missing the same field do not agree on anything).
    /// </summary>
    /// <param name="entry">The parsed entry of the twin rendering.</param>
    /// <param name="members">The members to take (<c>abstract</c>, <c>fields.method</c>, <c>tags</c>, <c>links</c>, <c>authors</c>).</param>
    /// <returns>The gold entry.</returns>
    public static GoldEntry FromEntry(DigestEntry entry, IEnumerable<string> members)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(members);
        var texts = new Dictionary<string, GoldText>(StringComparer.Ordinal);
        IReadOnlyList<string>? tags = null;
        IReadOnlyList<GoldLink>? links = null;
        IReadOnlyList<string>? authors = null;
        foreach (var member in members)
        {
            switch (member)
            {
                case EntryMembers.Tags when entry.Tags.Count > 0:
                    tags = entry.Tags.Select(t => t.Label).ToArray();
                    break;
                case EntryMembers.Links when EntryMembers.IdLinks(entry).Any():
                    links = EntryMembers.IdLinks(entry).Select(l => new GoldLink(l.Kind, l.Id!)).ToArray();
                    break;
                case EntryMembers.Authors when entry.Authors.Count > 0:
                    authors = entry.Authors.ToArray();
                    break;
                case EntryMembers.Tags or EntryMembers.Links or EntryMembers.Authors:
                    break;
                default:
                    if (EntryMembers.Text(entry, member) is { } value)
                    {
                        texts[member] = GoldText.Is(value);
                    }

                    break;
            }
        }

        return new GoldEntry { Texts = texts.AsReadOnly(), Tags = tags, Links = links, Authors = authors };
    }
}
