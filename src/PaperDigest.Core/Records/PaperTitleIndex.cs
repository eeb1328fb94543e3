using PaperDigest.Blocks;
using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>
/// The same paper in several places: a document that keys its records by arXiv id (a table whose paper column holds
/// only the id) often names each paper elsewhere, in a link or bold lead beside that id (<c>[2607.05394 — Title](…)</c>,
/// <c>**Title** (`2607.05394`)</c>). One pass over the blocks maps each id to the first such title.
/// </summary>
internal static class PaperTitleIndex
{
    private const int MaxTitleLength = 250;

    public static Dictionary<string, string> Build(IReadOnlyList<DigestBlock> blocks)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        var links = new LinkSet();
        foreach (var block in blocks)
        {
            if (block.Kind is not (BlockKind.ListItem or BlockKind.Paragraph or BlockKind.Raw))
            {
                continue;
            }

            links.Clear();
            foreach (var link in block.Links)
            {
                links.Add(LinkExtractor.Classify(link.Target));
            }

            LinkExtractor.Extract(block.Text, links);
            var id = OnlyArxivId(links, block);
            if (id is not null && !index.ContainsKey(id) && TitleBeside(block, id) is { } title)
            {
                index[id] = title;
            }
        }

        return index;
    }

    /// <summary>Whether <paramref name="text"/> reads as a title: a few words, no sentence end, no URL.</summary>
    public static bool IsTitleLike(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length is >= 4 and <= MaxTitleLength && !LineShape.EndsLikeSentence(text) && !text.Contains("://", StringComparison.Ordinal)
            && (text.Contains(' ') || SlotContent.IsMostlyCjk(text)) && ArxivId.Length(text) != text.Length;
    }

    // The one paper a block names, by arXiv id without version; null when it names none or several.
    private static string? OnlyArxivId(LinkSet links, DigestBlock block)
    {
        string? id = null;
        foreach (var link in links.Items)
        {
            if (link is { Kind: LinkKind.Arxiv, Id: { } found })
            {
                var plain = ArxivId.WithoutVersion(found).ToString();
                if (id is not null && id != plain)
                {
                    return null;
                }

                id = plain;
            }
        }

        if (id is null)
        {
            foreach (var link in block.Links)
            {
                var text = link.Text.AsSpan().Trim();
                var length = ArxivId.Length(text);
                if (length > 0)
                {
                    return ArxivId.WithoutVersion(text[..length]).ToString();
                }
            }
        }

        return id;
    }

    private static string? TitleBeside(DigestBlock block, string id)
    {
        foreach (var link in block.Links)
        {
            var text = link.Text.AsSpan().Trim();
            var at = text.IndexOf(id, StringComparison.Ordinal);
            if (at >= 0)
            {
                var rest = at == 0 ? text[(id.Length + VersionLength(text[id.Length..]))..] : text[..at];
                rest = rest.Trim().Trim("—–-:|·()`").Trim();
                if (IsTitleLike(rest))
                {
                    return rest.ToString();
                }
            }
        }

        foreach (var (start, length) in block.Strong)
        {
            var bold = block.Text.AsSpan(start, Math.Min(length, block.Text.Length - start));
            if (IsTitleLike(bold))
            {
                return bold.Trim().ToString();
            }
        }

        return null;
    }

    private static int VersionLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[0] != 'v')
        {
            return 0;
        }

        var digits = text[1..].IndexOfAnyExceptInRange('0', '9');
        return digits < 0 ? text.Length : digits + 1;
    }
}
