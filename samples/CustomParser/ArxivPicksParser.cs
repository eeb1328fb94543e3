using PaperDigest;
using PaperDigest.Parsing;

namespace CustomParser;

/// <summary>
/// A made-up layout, a weekly "arXiv picks" list:
/// <code>
/// arXiv picks · week 47
/// 1. Tiny Verifiers Check Big Models — arXiv:2511.04321
///    A 1B verifier catches most arithmetic slips of a 70B model.
/// 2. ...
/// </code>
/// Each numbered line is a paper (title before the dash, the arXiv link after it); indented lines under it are its
/// summary. It reuses the library's shared blocks: <see cref="LineTable"/> for lines and
/// <see cref="LinkExtractor"/> for typed links.
/// </summary>
public sealed class ArxivPicksParser : IDigestParser
{
    /// <summary>The layout's name: any string makes a new <see cref="DigestFormat"/>.</summary>
    public static readonly DigestFormat ArxivPicks = new("arxiv-picks");

    public DigestFormat Format => ArxivPicks;

    // Detection is cheap counting over the leading sample: how many lines are numbered picks with an arXiv id.
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        int lines = 0, picks = 0;
        foreach (var line in sample.EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                lines++;
                picks += IsPick(line) ? 1 : 0;
            }
        }

        return picks < 2
            ? FormatScore.None($"{picks} numbered arXiv picks")
            : new FormatScore(Math.Min(0.95, 0.5 + (0.5 * picks * 2 / lines)), $"{picks} numbered arXiv picks in {lines} lines");
    }

    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        var line = lines.NextNonBlank(0);
        if (line < lines.Count && !IsPick(lines[line]))
        {
            context.Title = lines[line].Trim().ToString();
            context.MarkHeaderLine(line + 1); // lines are 0-based indexes; MarkHeaderLine and Report take 1-based numbers
            line = lines.NextNonBlank(line + 1);
        }

        while (line < lines.Count && !context.IsFull)
        {
            if (!IsPick(lines[line]))
            {
                context.Report(DiagnosticSeverity.Warning, "PICKS001", "A line outside any pick.", line + 1);
                line = lines.NextNonBlank(line + 1);
                continue;
            }

            line = ReadPick(context, line);
        }
    }

    // One pick: the numbered line, then its indented summary lines. Returns the next line to read.
    private static int ReadPick(DigestParseContext context, int first)
    {
        var lines = context.Lines;
        var last = first;
        var next = lines.NextNonBlank(first + 1);
        while (next < lines.Count && char.IsWhiteSpace(lines[next][0]))
        {
            last = next;
            next = lines.NextNonBlank(next + 1);
        }

        var pick = lines[first].Trim();
        var text = pick[(pick.IndexOf(". ") + 2)..];
        var dash = text.IndexOf('—');
        var links = new List<DigestLink>();
        LinkExtractor.Extract(text, links);
        var summary = last > first ? TextSlice.Lines(context.Text, lines, first + 1, last).Trim() : null;
        context.AddEntry(new DigestEntry
        {
            Kind = EntryKind.Paper,
            Ordinal = context.NextOrdinal,
            Title = (dash > 0 ? text[..dash] : text).Trim().ToString(),
            Summary = summary,
            Links = links,
            Span = new LineSpan(first + 1, last + 1),
        });
        return next;
    }

    // "12. Title — arXiv:2511.04321"
    private static bool IsPick(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        return digits > 0 && trimmed[digits..].StartsWith(". ") && trimmed.Contains("arXiv:", StringComparison.OrdinalIgnoreCase);
    }
}
