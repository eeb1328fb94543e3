namespace PaperDigest.Parsing;

/// <summary>The fallback for input no layout fits: the whole text becomes one entry, with a diagnostic.</summary>
internal sealed class UnknownLayoutParser : IDigestParser
{
    public DigestFormat Format => DigestFormat.Unknown;

    public FormatScore Detect(ReadOnlySpan<char> sample) => FormatScore.None("fallback only");

    public void Parse(DigestParseContext context)
    {
        var lines = context.Lines;
        var first = lines.NextNonBlank(0);
        var last = lines.LastNonBlank(lines.Count - 1);

        context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.UnknownFormat,
            "No layout fits this input; its text is kept in one entry.", first + 1);
        context.AddEntry(ProseEntry.Create(context, first, first, last, title: null));
    }
}
