namespace PaperDigest.Blocks;

/// <summary>
/// Counts Markdown structure over a sample, line by line: front matter, ATX headings (<c>#</c> then a
/// space), Setext underlines, fences, pipe-table separators, <c>[text](url)</c> links, <c>**bold**</c>,
/// <c>&lt;details&gt;</c>. Two kinds of evidence (or front matter) make Markdown; a <c>#tag</c> line is none.
/// </summary>
internal static class MarkdownEvidence
{
    public static bool LooksLikeMarkdown(ReadOnlySpan<char> sample)
    {
        if (FrontMatter.StartsWithFrontMatter(sample))
        {
            return true;
        }

        var kinds = 0;
        bool heading = false, setext = false, fence = false, table = false, link = false, bold = false, html = false;
        var previousWasText = false;
        foreach (var range in sample.Split('\n'))
        {
            var line = sample[range].TrimEnd('\r');
            var text = line.TrimStart();
            var marks = text.IndexOfAnyExcept('#');
            heading |= marks is > 0 and <= 6 && text.Length > marks && text[marks] == ' ';
            setext |= previousWasText && text.Length >= 3 && (!text.ContainsAnyExcept('=') || !text.ContainsAnyExcept('-'));
            fence |= text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal);
            table |= text.StartsWith('|') && text.Contains("---", StringComparison.Ordinal) && !text.ContainsAnyExcept("|-: ");
            link |= text.Contains("](http", StringComparison.Ordinal) || text.Contains("](#", StringComparison.Ordinal);
            bold |= text.IndexOf("**", StringComparison.Ordinal) is var open and >= 0 && text[(open + 2)..].Contains("**", StringComparison.Ordinal);
            html |= text.StartsWith("<details", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<table", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("<h2", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<div", StringComparison.OrdinalIgnoreCase);
            previousWasText = !text.IsEmpty && text[0] is not ('-' or '=' or '#' or '>' or '|');
        }

        foreach (var found in (ReadOnlySpan<bool>)[heading, setext, fence, table, link, bold, html])
        {
            kinds += found ? 1 : 0;
        }

        return kinds >= 2;
    }
}
