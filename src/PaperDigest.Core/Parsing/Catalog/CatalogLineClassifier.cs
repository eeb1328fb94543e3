namespace PaperDigest.Parsing.Catalog;

/// <summary>Classifies catalog lines by their own text (structure and label vocabulary, never line numbers).</summary>
internal static class CatalogLineClassifier
{
    public static CatalogLineKind Classify(ReadOnlySpan<char> line) => Classify(line, out _);

    /// <summary>Classifies a line; for label lines <paramref name="label"/> tells the field and where the content starts (in <paramref name="line"/>).</summary>
    public static CatalogLineKind Classify(ReadOnlySpan<char> line, out FieldLabelMatch label)
    {
        label = default;
        var leading = line.Length - line.TrimStart().Length;
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            return CatalogLineKind.Blank;
        }

        if (trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|')
        {
            return CatalogLineKind.TableRow;
        }

        if (CatalogSectionHeader.IsHeader(trimmed))
        {
            return CatalogLineKind.SectionHeader;
        }

        if (IsTagLine(trimmed))
        {
            return CatalogLineKind.Tags;
        }

        // "基础/前沿模型 (含LLM) #Multimodal #RAG": badges, then the hashtags, as a page lays them out on one line.
        if (HeadBadges.TryFindTags(trimmed, out var tagStart))
        {
            label = new FieldLabelMatch(default, leading + tagStart, IsKnown: true, HadSymbol: false);
            return CatalogLineKind.Tags;
        }

        var kind = FieldLabels.Classify(trimmed, out var match);
        label = match with { ContentStart = match.ContentStart + leading };
        return kind switch
        {
            LabelKind.TlDr => CatalogLineKind.TlDr,
            LabelKind.AbstractMarker => CatalogLineKind.AbstractMarker,
            LabelKind.UnknownField when IsHeading(trimmed) => CatalogLineKind.Heading,
            LabelKind.UnknownField => CatalogLineKind.UnknownField,
            // An emoji before a label marks the six-field catalog style; a heading's emoji is the heading's.
            LabelKind.Field => match.HadSymbol && !IsHeading(trimmed) ? CatalogLineKind.MarkedField : CatalogLineKind.Field,
            _ when HasEarlyColon(trimmed) && LabelTable.TryMatch(trimmed, LabelGroups.PaperHead, out var head) && head.HadColon => HeadLabel(head, leading, out label),
            _ when IsHeading(trimmed) => CatalogLineKind.Heading,
            _ when trimmed[0] is '[' or '*' && CatalogHeading.TryReadTitleLink(trimmed, out _) => CatalogLineKind.TitleLink,
            _ => CatalogLineKind.Text,
        };
    }

    // A head label (Main category:, **作者**：) has its colon within the first few characters; most lines
    // (prose, abstracts) are ruled out by this one vectorized search.
    private static bool HasEarlyColon(ReadOnlySpan<char> line) => line[..Math.Min(line.Length, 24)].IndexOfAny(':', '：') >= 0;

    /// <summary>A Markdown ATX heading: one to six '#' and a space ("#tag" is a tag line, not a heading).</summary>
    public static bool IsHeading(ReadOnlySpan<char> trimmed)
    {
        var marks = trimmed.IndexOfAnyExcept('#');
        return marks is > 0 and <= 6 && char.IsWhiteSpace(trimmed[marks]);
    }

    private static CatalogLineKind HeadLabel(LabelMatch head, int leading, out FieldLabelMatch label)
    {
        label = new FieldLabelMatch(default, head.ContentStart + leading, IsKnown: true, head.HadSymbol);
        return head.Role switch
        {
            LabelRole.Authors => CatalogLineKind.HeadAuthors,
            LabelRole.Keywords => CatalogLineKind.HeadKeywords,
            _ => CatalogLineKind.HeadCategory,
        };
    }

    /// <summary><c>#tag ...</c>: a hash directly followed by a label, unlike a Markdown heading's <c># Title</c>.</summary>
    public static bool IsTagLine(ReadOnlySpan<char> trimmed) => LineShape.StartsWithHashWord(trimmed);

    /// <summary>Whether a text line can be a paper's domain or category line: short, not a sentence, not a URL.</summary>
    public static bool IsHeadCandidate(ReadOnlySpan<char> line) => LineShape.IsTitleLike(line, 64);
}
