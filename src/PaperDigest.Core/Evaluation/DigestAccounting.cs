namespace PaperDigest.Evaluation;

/// <summary>
/// The lossless-accounting rule: every non-blank input line lies in an entry span, a section span, the
/// document's header span or a diagnostic's line. This finds the lines a parse left unaccounted for.
/// </summary>
public static class DigestAccounting
{
    /// <summary>The 1-based numbers of the non-blank lines of <paramref name="text"/> that <paramref name="document"/> does not account for.</summary>
    /// <param name="document">The parse of <paramref name="text"/>.</param>
    /// <param name="text">The text that was parsed.</param>
    /// <returns>The unaccounted line numbers, in order.</returns>
    public static IReadOnlyList<int> UnaccountedLines(DigestDocument document, string text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);

        var lines = Parsing.LineTable.Build(text);
        var covered = new bool[lines.Count + 2];
        var spans = document.Entries.Select(e => e.Span)
            .Concat(document.Sections.Select(s => s.Span))
            .Concat(document.HeaderSpan is { } header ? [header] : []);
        foreach (var span in spans)
        {
            var from = Math.Max(1, span.StartLine);
            var to = Math.Min(lines.Count, span.EndLine);
            if (from <= to)
            {
                covered.AsSpan(from, to - from + 1).Fill(true);
            }
        }

        foreach (var line in document.Diagnostics.Select(d => d.Line).OfType<int>().Where(l => l >= 1 && l <= lines.Count))
        {
            covered[line] = true;
        }

        var unaccounted = new List<int>();
        for (var line = 1; line <= lines.Count; line++)
        {
            if (!covered[line] && !lines.IsBlank(line - 1))
            {
                unaccounted.Add(line);
            }
        }

        return unaccounted;
    }
}
