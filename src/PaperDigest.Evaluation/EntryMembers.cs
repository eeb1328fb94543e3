namespace PaperDigest.Evaluation;

/// <summary>The names gold files and evaluation reports use for the members of an entry, and how each is read.</summary>
public static class EntryMembers
{
    /// <summary><see cref="DigestEntry.Title"/>.</summary>
    public const string Title = "title";

    /// <summary><see cref="DigestEntry.PaperTitle"/>.</summary>
    public const string PaperTitle = "paperTitle";

    /// <summary><see cref="DigestEntry.Authors"/>.</summary>
    public const string Authors = "authors";

    /// <summary><see cref="DigestEntry.Topic"/>.</summary>
    public const string Topic = "topic";

    /// <summary><see cref="DigestEntry.Domain"/>.</summary>
    public const string Domain = "domain";

    /// <summary><see cref="DigestEntry.Category"/>.</summary>
    public const string Category = "category";

    /// <summary><see cref="DigestEntry.TlDr"/>.</summary>
    public const string TlDr = "tldr";

    /// <summary><see cref="DigestEntry.Abstract"/>.</summary>
    public const string Abstract = "abstract";

    /// <summary><see cref="DigestEntry.Summary"/>.</summary>
    public const string Summary = "summary";

    /// <summary><see cref="DigestEntry.Body"/>.</summary>
    public const string Body = "body";

    /// <summary><see cref="DigestEntry.Publisher"/>.</summary>
    public const string Publisher = "publisher";

    /// <summary><see cref="DigestEntry.Tags"/> (scored as a set).</summary>
    public const string Tags = "tags";

    /// <summary><see cref="DigestEntry.Links"/> with an id (scored as a set).</summary>
    public const string Links = "links";

    /// <summary>The prefix of a labelled field's member name: <c>fields.method</c> is <see cref="EntryField.Method"/>.</summary>
    public const string FieldPrefix = "fields.";

    /// <summary>The text members, in the order reports list them (labelled fields follow).</summary>
    public static IReadOnlyList<string> TextMembers { get; } =
        [Title, PaperTitle, Topic, Domain, Category, TlDr, Abstract, Summary, Body, Publisher];

    /// <summary>Whether <paramref name="member"/> names a text member or a labelled field.</summary>
    /// <param name="member">A member name.</param>
    /// <returns><see langword="true"/> for <c>title</c>, …, <c>fields.NAME</c>.</returns>
    public static bool IsText(string member) =>
        TextMembers.Contains(member) || (member.StartsWith(FieldPrefix, StringComparison.Ordinal) && member.Length > FieldPrefix.Length);

    /// <summary>Reads a text member of <paramref name="entry"/>.</summary>
    /// <param name="entry">The parsed entry.</param>
    /// <param name="member">A name for which <see cref="IsText"/> holds.</param>
    /// <returns>The text, or <see langword="null"/> when the entry has none.</returns>
    /// <exception cref="ArgumentException"><paramref name="member"/> is not a text member.</exception>
    public static string? Text(DigestEntry entry, string member)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(member);
        return member switch
        {
            Title => entry.Title,
            PaperTitle => entry.PaperTitle,
            Topic => entry.Topic,
            Domain => entry.Domain,
            Category => entry.Category,
            TlDr => entry.TlDr,
            Abstract => entry.Abstract,
            Summary => entry.Summary,
            Body => entry.Body,
            Publisher => entry.Publisher,
            _ when member.StartsWith(FieldPrefix, StringComparison.Ordinal) && member.Length > FieldPrefix.Length =>
                entry.GetField(new EntryField(member[FieldPrefix.Length..])),
            _ => throw new ArgumentException($"'{member}' is not a text member of an entry.", nameof(member)),
        };
    }

    /// <summary>The links of <paramref name="entry"/> that carry an id of a scored kind (arXiv, OpenReview, DOI, GitHub, Hugging Face).</summary>
    internal static IEnumerable<DigestLink> IdLinks(DigestEntry entry) =>
        entry.Links.Where(l => l.Id is not null && IsScoredKind(l.Kind));

    internal static bool IsScoredKind(LinkKind kind) =>
        kind is LinkKind.Arxiv or LinkKind.OpenReview or LinkKind.Doi or LinkKind.GitHub or LinkKind.HuggingFace;
}
