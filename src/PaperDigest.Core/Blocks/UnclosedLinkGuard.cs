using System.Text;

namespace PaperDigest.Blocks;

/// <summary>
/// Markdig looks for the end of each <c>[text](</c> up to the next white space, so a run without white space that
/// holds thousands of link openings that never close (<c>[a](b[a](b…</c>) costs openings × run length: 400 KB took
/// 50 s. Past a budget, the openings of such a run are escaped (<c>]\(</c>), so the run reads as the text it shows,
/// with a warning. Closed links, and runs under the budget, are left alone. One pass, linear in the text.
/// </summary>
internal static class UnclosedLinkGuard
{
    // Openings x run length Markdig may scan in one run: some milliseconds.
    private const long Budget = 1L << 24;

    /// <summary>The text with over-budget runs escaped (the text itself when none is), and a diagnostic per run.</summary>
    public static string Apply(string text, List<DigestDiagnostic> diagnostics)
    {
        StringBuilder? output = null;
        var copied = 0;
        var line = 1;
        var lineCountedTo = 0;
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length)
        {
            var length = span[start..].IndexOfAny(" \t\r\n\f");
            var end = length < 0 ? span.Length : start + length;
            if (end - start > 4 && Unclosed(span[start..end]) is var unclosed && (long)unclosed * (end - start) > Budget)
            {
                output ??= new StringBuilder(text.Length + 1024);
                line += span[lineCountedTo..start].Count('\n');
                lineCountedTo = start;
                Escape(span[copied..end], output);
                copied = end;
                diagnostics.Add(new DigestDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnclosedMarkup,
                    $"A run of {end - start} characters without white space holds {unclosed} link openings '](' that never close; it is read as text.", line));
            }

            start = end + 1;
        }

        return output is null ? text : output.Append(span[copied..]).ToString();
    }

    // How many "](" in the run are not followed by a ")" before the next one.
    private static int Unclosed(ReadOnlySpan<char> run)
    {
        var unclosed = 0;
        var open = false;
        for (var i = 0; i < run.Length; i++)
        {
            if (run[i] == ')')
            {
                open = false;
            }
            else if (run[i] == ']' && i + 1 < run.Length && run[i + 1] == '(')
            {
                unclosed += open ? 1 : 0;
                open = true;
                i++;
            }
        }

        return unclosed + (open ? 1 : 0);
    }

    private static void Escape(ReadOnlySpan<char> text, StringBuilder output)
    {
        while (text.IndexOf("](", StringComparison.Ordinal) is var at and >= 0)
        {
            output.Append(text[..(at + 1)]).Append('\\');
            text = text[(at + 1)..];
        }

        output.Append(text);
    }
}
