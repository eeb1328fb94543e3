namespace PaperDigest.Internals;

/// <summary>Whole-input checks every parse runs before its layout parser: empty and binary input.</summary>
internal static class InputChecks
{
    public static void Report(string text, ReadOnlySpan<char> sample, DigestParseContext context)
    {
        if (text.AsSpan().IsWhiteSpace())
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyInput,
                text.Length == 0 ? "The input is empty." : "The input is white space only.");
            return;
        }

        var controls = CountControls(sample);
        if (controls > 0 && (sample.Contains('\0') || controls * 100 > sample.Length))
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.BinaryContent,
                $"The input looks binary: {controls} control characters in its first {sample.Length} characters.");
        }
    }

    private static int CountControls(ReadOnlySpan<char> sample)
    {
        var count = 0;
        foreach (var c in sample)
        {
            if ((c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                count++;
            }
        }

        return count;
    }
}
