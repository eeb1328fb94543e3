namespace PaperDigest.Tests;

/// <summary>The lossless-accounting check: which non-blank input lines no entry, section, header or diagnostic accounts for.</summary>
internal static class Accounting
{
    public static List<int> UnaccountedLines(DigestDocument document, string text)
    {
        // The library's line ends are \n, \r\n and \r; form feeds, NEL and U+2028 stay inside a line
        // (ReplaceLineEndings would split on them and misnumber every later line).
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var covered = new bool[lines.Length + 2];
        var spans = document.Entries.Select(e => e.Span)
            .Concat(document.Sections.Select(s => s.Span))
            .Concat(document.HeaderSpan is { } header ? [header] : []);
        foreach (var span in spans)
        {
            for (var line = Math.Max(1, span.StartLine); line <= Math.Min(lines.Length, span.EndLine); line++)
            {
                covered[line] = true;
            }
        }

        foreach (var line in document.Diagnostics.Select(d => d.Line).OfType<int>().Where(l => l <= lines.Length))
        {
            covered[line] = true;
        }

        return Enumerable.Range(1, lines.Length).Where(n => !covered[n] && !string.IsNullOrWhiteSpace(lines[n - 1])).ToList();
    }
}
