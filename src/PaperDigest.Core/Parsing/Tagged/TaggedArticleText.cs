namespace PaperDigest.Parsing.Tagged;

/// <summary>The parts a tagged collection's article body carries: a trailing <c>(Publisher)</c> and a leading <c>【...導讀】</c>.</summary>
internal static class TaggedArticleText
{
    private const int MaxPublisherLength = 30;
    private const int MaxLeadLength = 400;
    private static readonly System.Buffers.SearchValues<char> NotInPublisher = System.Buffers.SearchValues.Create("()（）。，,.");

    /// <summary>Splits a trailing <c>(晨星科技)</c> or <c>（算力日记）</c> off <paramref name="body"/>.</summary>
    public static bool TrySplitPublisher(ReadOnlySpan<char> body, out int bodyLength, out string publisher)
    {
        bodyLength = body.Length;
        publisher = "";
        var trimmed = body.TrimEnd();
        if (trimmed.Length < 3 || trimmed[^1] is not (')' or '）'))
        {
            return false;
        }

        var open = trimmed.LastIndexOfAny('(', '（');
        var name = open < 0 ? default : trimmed[(open + 1)..^1].Trim();
        if (name.IsEmpty || name.Length > MaxPublisherLength || name.ContainsAny(NotInPublisher))
        {
            return false;
        }

        publisher = name.ToString();
        bodyLength = trimmed[..open].TrimEnd().Length;
        return true;
    }

    /// <summary>The lead of a body that opens with <c>【算力日记導讀】</c> or <c>【…导读】</c>: the text after it to the first sentence end.</summary>
    public static string? Lead(ReadOnlySpan<char> body)
    {
        if (body.IsEmpty || body[0] != '【')
        {
            return null;
        }

        var close = body.IndexOf('】');
        if (close < 0 || !(body[..close].EndsWith("導讀") || body[..close].EndsWith("导读")))
        {
            return null;
        }

        var lead = body[(close + 1)..];
        var end = lead[..Math.Min(lead.Length, MaxLeadLength)].IndexOfAny("。！？!?");
        return (end >= 0 ? lead[..(end + 1)] : lead[..Math.Min(lead.Length, MaxLeadLength)]).Trim().ToString();
    }
}
