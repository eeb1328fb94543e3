namespace PaperDigest.Evaluation;

/// <summary>An expected id-bearing link of a gold entry (an arXiv id, an OpenReview forum, a DOI, <c>owner/repo</c>).</summary>
/// <param name="Kind">What the link points to.</param>
/// <param name="Id">The identifier within that kind; an arXiv version suffix is ignored when comparing.</param>
public sealed record GoldLink(LinkKind Kind, string Id)
{
    /// <summary>The comparison key, <c>kind:id</c>, with an arXiv version dropped and the id lower-cased.</summary>
    public string Key => KeyOf(Kind, Id);

    internal static string KeyOf(LinkKind kind, string id)
    {
        var text = id.Trim();
        if (kind == LinkKind.Arxiv)
        {
            text = Parsing.ArxivId.WithoutVersion(text).ToString();
        }

        return $"{kind}:{text}".ToLowerInvariant();
    }
}
