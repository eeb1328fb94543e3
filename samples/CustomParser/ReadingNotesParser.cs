using PaperDigest;
using PaperDigest.Blocks;
using PaperDigest.Records;

namespace CustomParser;

/// <summary>
/// A made-up layout read from blocks and records, not lines: a team's Markdown "reading notes", one heading per paper
/// with labelled lines under it, one of them a <c>Verdict</c> (read / skim / skip):
/// <code>
/// # Reading notes
/// ## Tiny Verifiers Check Big Models
/// - **Verdict**: read
/// - **Why**: A 1B verifier catches most arithmetic slips.
/// - **arXiv**: 2511.04321
/// </code>
/// The library's record induction finds the repeated record (each heading with its labelled slots, typed links) in
/// <see cref="DigestParseContext.Records"/>; the parser only names what it wants from each record.
/// </summary>
public sealed class ReadingNotesParser : IDigestParser
{
    /// <summary>The layout's name.</summary>
    public static readonly DigestFormat ReadingNotes = new("reading-notes");

    /// <summary>The field the verdict goes to.</summary>
    public static readonly EntryField Verdict = new("verdict");

    public DigestFormat Format => ReadingNotes;

    // Cheap counting over the sample: lines that give a verdict.
    public FormatScore Detect(ReadOnlySpan<char> sample)
    {
        var verdicts = 0;
        foreach (var line in sample.EnumerateLines())
        {
            verdicts += line.Contains("Verdict**:", StringComparison.Ordinal) ? 1 : 0;
        }

        return verdicts < 2 ? FormatScore.None($"{verdicts} verdict lines") : new FormatScore(0.95, $"{verdicts} verdict lines");
    }

    public void Parse(DigestParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var blocks = context.Blocks.Blocks;
        if (blocks.Count > 0 && blocks[0] is { Kind: BlockKind.Heading, Level: 1 } title)
        {
            context.Title = title.Text;
            context.MarkHeaderLine(title.Lines.StartLine);
        }

        foreach (var record in context.Records.Records)
        {
            var fields = new Dictionary<EntryField, string>();
            foreach (var slot in record.Slots)
            {
                if (slot.Label is "Verdict" or "Why")
                {
                    fields[slot.Label == "Verdict" ? Verdict : EntryField.Highlights] = slot.Value;
                }
            }

            context.AddEntry(new DigestEntry
            {
                Kind = EntryKind.Paper,
                Ordinal = context.NextOrdinal,
                Title = record.Title,
                Fields = fields,
                Links = record.Links,
                Span = record.Lines,
            });
        }
    }
}
