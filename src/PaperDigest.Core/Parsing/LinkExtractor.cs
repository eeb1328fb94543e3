using System.Buffers;

namespace PaperDigest.Parsing;

/// <summary>
/// Finds links in text and types them: arXiv (abs/pdf/html URLs and <c>arXiv:</c> ids, versions kept),
/// GitHub <c>owner/repo</c>, Hugging Face models, datasets and spaces, OpenReview forum ids, DOIs
/// (<c>doi.org</c> URLs and <c>doi:10.…</c>), project pages and
/// other web pages. A URL ends at white space, at the first CJK character or full-width punctuation
/// (text glued to a URL is not part of it), and trailing punctuation is trimmed.
/// </summary>
public static class LinkExtractor
{
    private static readonly SearchValues<string> LinkStarts =
        SearchValues.Create(["http://", "https://", "arXiv:", "doi:", BareArxivHost], StringComparison.OrdinalIgnoreCase);

    // "arxiv.org/abs/2602.21548" written without its scheme, as posts often do.
    private const string BareArxivHost = "arxiv.org/";

    /// <summary>Appends the links found in <paramref name="text"/> to <paramref name="links"/>, skipping ones already there.</summary>
    /// <remarks>Time is linear in the text plus the links already in the list (they are indexed once per call).</remarks>
    /// <param name="text">The text to scan.</param>
    /// <param name="links">Receives the links in source order.</param>
    public static void Extract(ReadOnlySpan<char> text, List<DigestLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var set = LinkSet.Of(links);
        var before = set.Count;
        Extract(text, set);
        for (var i = before; i < set.Count; i++)
        {
            links.Add(set.Items[i]);
        }
    }

    /// <summary>
    /// Adds an arXiv link when a labelled value (a field's value, a table cell under a header) is an arXiv id and
    /// nothing else (<c>arXiv ID: 2601.00001</c>, a cell <c>2503.10001</c>): its label says what the number is.
    /// Running text is not read this way; there an id needs its <c>arXiv:</c> prefix or an address.
    /// </summary>
    internal static bool AddWholeArxivId(ReadOnlySpan<char> labelledValue, LinkSet links)
    {
        var value = labelledValue.Trim();
        if (value.IsEmpty || ArxivId.Length(value) != value.Length)
        {
            return false;
        }

        links.Add(Classify(ArxivId.AbsUrl(value.ToString())));
        return true;
    }

    /// <summary>Adds the links found in <paramref name="text"/> to <paramref name="links"/> (the parsers' hot path).</summary>
    internal static void Extract(ReadOnlySpan<char> text, LinkSet links)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            // One vectorized search for every start a link can have.
            var found = text[offset..].IndexOfAny(LinkStarts);
            if (found < 0)
            {
                return;
            }

            var start = offset + found;
            var rest = text[start..];
            if (rest[0] is 'h' or 'H')
            {
                var length = UrlLength(rest);
                if (length > 0)
                {
                    var url = rest[..length].ToString();
                    links.Add(IsImageAddress(text, start) ? new DigestLink(LinkKind.Image, null, url) : Classify(url));
                }

                offset = start + Math.Max(length, "http://".Length);
            }
            else if (rest.StartsWith(BareArxivHost, StringComparison.OrdinalIgnoreCase))
            {
                var path = rest[BareArxivHost.Length..];
                var idStart = path.StartsWith("abs/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("pdf/", StringComparison.OrdinalIgnoreCase) ? 4 : -1;
                var idLength = idStart < 0 ? 0 : ArxivId.Length(path[idStart..]);
                if (idLength > 0)
                {
                    var id = path.Slice(idStart, idLength).ToString();
                    links.Add(new DigestLink(LinkKind.Arxiv, id, ArxivId.AbsUrl(id)));
                }

                offset = start + BareArxivHost.Length + Math.Max(0, idStart) + idLength;
            }
            else if (rest[0] is 'd' or 'D')
            {
                var idStart = "doi:".Length;
                var idLength = DoiLength(rest[idStart..].TrimStart());
                var skipped = rest[idStart..].Length - rest[idStart..].TrimStart().Length;
                if (idLength > 0)
                {
                    var id = rest.Slice(idStart + skipped, idLength).ToString();
                    links.Add(new DigestLink(LinkKind.Doi, id, "https://doi.org/" + id));
                }

                offset = start + idStart + skipped + idLength;
            }
            else
            {
                var idStart = "arXiv:".Length;
                var idLength = ArxivId.Length(rest[idStart..]);
                if (idLength > 0)
                {
                    var id = rest.Slice(idStart, idLength).ToString();
                    links.Add(new DigestLink(LinkKind.Arxiv, id, ArxivId.AbsUrl(id)));
                }

                offset = start + idStart + idLength;
            }
        }
    }

    /// <summary>Whether <paramref name="url"/> is an absolute http or https URL with a host (<c>httpx://</c> is not).</summary>
    internal static bool IsWebUrl(ReadOnlySpan<char> url)
    {
        var rest = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url["https://".Length..]
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url["http://".Length..]
            : [];
        return !rest.IsEmpty && rest[0] is not ('/' or '\\') && !char.IsWhiteSpace(rest[0]);
    }

    /// <summary>Whether <paramref name="text"/> holds where a link could start (a URL, <c>arXiv:</c>, <c>doi:</c>).</summary>
    internal static bool ContainsLink(ReadOnlySpan<char> text) => text.IndexOfAny(LinkStarts) >= 0;

    // Whether the URL at `start` is the address of a Markdown image, "![alt](url)": the alt text is looked for
    // over a bounded stretch before it, so the scan stays linear.
    private static bool IsImageAddress(ReadOnlySpan<char> text, int start)
    {
        const int MaxAltLength = 512;
        if (start < 4 || text[start - 1] != '(' || text[start - 2] != ']')
        {
            return false;
        }

        var before = text[Math.Max(0, start - 2 - MaxAltLength)..(start - 2)];
        var open = before.LastIndexOf('[');
        return open > 0 && before[open - 1] == '!' && before[(open + 1)..].IndexOfAny('[', ']') < 0;
    }

    /// <summary>Types one URL.</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    /// <returns>The typed link.</returns>
    public static DigestLink Classify(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var span = url.AsSpan();
        var schemeEnd = span.IndexOf("://", StringComparison.Ordinal);
        var afterScheme = schemeEnd >= 0 ? span[(schemeEnd + 3)..] : span;
        var slash = afterScheme.IndexOf('/');
        var host = (slash >= 0 ? afterScheme[..slash] : afterScheme).ToString().ToLowerInvariant();
        var path = slash >= 0 ? afterScheme[(slash + 1)..] : [];
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        return host switch
        {
            "arxiv.org" or "export.arxiv.org" => Arxiv(url, path),
            "github.com" => PathId(url, LinkKind.GitHub, path, 2),
            "huggingface.co" or "hf.co" => HuggingFace(url, path),
            "openreview.net" => OpenReview(url, path),
            "doi.org" or "dx.doi.org" => path.StartsWith("10.") ? new DigestLink(LinkKind.Doi, path.ToString(), url) : new DigestLink(LinkKind.Web, null, url),
            _ when host.EndsWith("github.io", StringComparison.Ordinal) => new DigestLink(LinkKind.Project, null, url),
            _ => new DigestLink(LinkKind.Web, null, url),
        };
    }

    // The URL's length at the start of text (which starts with "http://" or "https://"); 0 for a bare scheme.
    private static int UrlLength(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && IsUrlChar(text[end]))
        {
            end++;
        }

        // Trailing punctuation belongs to the sentence; a closing parenthesis only when unbalanced. The
        // parentheses are counted once, so a URL followed by a million ')' is trimmed in linear time.
        var opens = text[..end].Count('(');
        var closes = text[..end].Count(')');
        while (end > 0)
        {
            var last = text[end - 1];
            if (last == ')')
            {
                if (opens > closes - 1)
                {
                    break;
                }

                closes--;
                end--;
                continue;
            }

            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '*' or '_' or '\'')
            {
                end--;
                continue;
            }

            break;
        }

        end -= GluedListNumber(text, end);
        var schemeLength = text[4] is 's' or 'S' ? "https://".Length : "http://".Length;
        return end > schemeLength ? end : 0;
    }

    // "…/Engram01. Transformer…": a numbered heading ("01.") glued to the URL before it. Only a
    // zero-led two-digit number after a letter, followed by ". ", is taken for one.
    private static int GluedListNumber(ReadOnlySpan<char> text, int end) =>
        end >= 3 && end + 1 < text.Length && text[end] == '.' && char.IsWhiteSpace(text[end + 1])
            && text[end - 2] == '0' && char.IsAsciiDigit(text[end - 1]) && char.IsAsciiLetter(text[end - 3])
            ? 2
            : 0;

    // A DOI: "10." + registrant digits + "/" + suffix, ending like a URL does.
    private static int DoiLength(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("10.", StringComparison.Ordinal))
        {
            return 0;
        }

        var slash = text.IndexOf('/');
        if (slash < 4 || text[3..slash].ContainsAnyExceptInRange('0', '9'))
        {
            return 0;
        }

        var end = slash + 1;
        while (end < text.Length && IsUrlChar(text[end]))
        {
            end++;
        }

        while (end > slash + 1 && text[end - 1] is '.' or ',' or ';' or ':' or ')')
        {
            end--;
        }

        return end > slash + 1 ? end : 0;
    }

    private static bool IsUrlChar(char c) =>
        c > ' ' && c < '\u007F' && c is not ('<' or '>' or '"' or '`' or '{' or '}' or '|' or '\\' or '^' or '[' or ']');

    private static DigestLink Arxiv(string url, ReadOnlySpan<char> path)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["abs/", "pdf/", "html/"])
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var idText = path[prefix.Length..];
                var length = ArxivId.Length(idText);
                if (length > 0)
                {
                    return new DigestLink(LinkKind.Arxiv, idText[..length].ToString(), url);
                }
            }
        }

        return new DigestLink(LinkKind.Arxiv, null, url);
    }

    private static DigestLink HuggingFace(string url, ReadOnlySpan<char> path)
    {
        var segments = path.StartsWith("datasets/", StringComparison.Ordinal) || path.StartsWith("spaces/", StringComparison.Ordinal) ? 3 : 2;
        return PathId(url, LinkKind.HuggingFace, path, segments);
    }

    private static DigestLink OpenReview(string url, ReadOnlySpan<char> path)
    {
        var idAt = path.IndexOf("id=", StringComparison.Ordinal);
        if (idAt < 0)
        {
            return new DigestLink(LinkKind.OpenReview, null, url);
        }

        var id = path[(idAt + 3)..];
        var end = id.IndexOfAny('&', '#');
        return new DigestLink(LinkKind.OpenReview, (end >= 0 ? id[..end] : id).ToString(), url);
    }

    // The id is the first `segments` path segments ("owner/repo"), when there are that many.
    private static DigestLink PathId(string url, LinkKind kind, ReadOnlySpan<char> path, int segments)
    {
        var stop = path.IndexOfAny('?', '#');
        if (stop >= 0)
        {
            path = path[..stop];
        }

        var end = 0;
        for (var found = 0; found < segments; found++)
        {
            var slash = path[end..].IndexOf('/');
            var segmentEnd = slash < 0 ? path.Length : end + slash;
            var isLast = found + 1 == segments;
            if (segmentEnd == end || (!isLast && slash < 0))
            {
                return new DigestLink(kind, null, url);
            }

            end = isLast ? segmentEnd : segmentEnd + 1;
        }

        var id = path[..end];
        if (id.EndsWith(".git", StringComparison.Ordinal))
        {
            id = id[..^4];
        }

        return new DigestLink(kind, id.ToString(), url);
    }

    /// <summary>
    /// Adds <paramref name="link"/> unless the list already has it: the same kind and id (for arXiv, any version of
    /// the same paper: the first one written is kept), or for links without an id, the same URL.
    /// </summary>
    /// <remarks>A linear scan of the list: to add many links, the parsers use an indexed set instead.</remarks>
    /// <param name="links">The entry's links so far.</param>
    /// <param name="link">The link to add.</param>
    public static void AddDistinct(List<DigestLink> links, DigestLink link)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(link);
        foreach (var existing in links)
        {
            if (existing.Kind == link.Kind && (link.Id is not null ? SameId(link, existing) : link.Url == existing.Url))
            {
                return;
            }
        }

        links.Add(link);
    }

    private static bool SameId(DigestLink link, DigestLink existing) =>
        link.Kind == LinkKind.Arxiv && existing.Id is not null
            ? ArxivId.WithoutVersion(link.Id).Equals(ArxivId.WithoutVersion(existing.Id), StringComparison.OrdinalIgnoreCase)
            : link.Id == existing.Id;
}
