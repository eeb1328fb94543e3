using PaperDigest.Internals;

namespace PaperDigest.Detection;

/// <summary>Scores every parser on a leading sample and ranks them.</summary>
/// <remarks>
/// Detection reads a short prefix first and stops there when one layout wins clearly; only an unclear prefix
/// pays for the full sample. Most documents show their layout in the first few lines, so this keeps detection
/// cost flat as <see cref="DigestOptions.DetectionSampleLength"/> grows.
/// </remarks>
internal static class FormatDetector
{
    /// <summary>The prefix read first (characters, cut at a line end).</summary>
    internal const int QuickSampleLength = 4 * 1024;

    /// <summary>A prefix decides alone when its best score reaches this...</summary>
    internal const double ClearScore = 0.8;

    /// <summary>...and the runner-up is at least this far below it.</summary>
    internal const double ClearMargin = 0.3;

    public static FormatDetection Detect(string text, IReadOnlyList<IDigestParser> parsers, DigestOptions options)
    {
        if (options.Format is { } explicitFormat)
        {
            return new FormatDetection
            {
                Format = explicitFormat,
                Score = 1,
                Candidates = [new FormatCandidate(explicitFormat, 1, "format set in the options")],
            };
        }

        var sample = TextSample.Leading(text, options.DetectionSampleLength);
        if (sample.IsWhiteSpace())
        {
            return FormatDetection.None;
        }

        if (sample.Length > QuickSampleLength)
        {
            var quick = Rank(TextSample.Leading(text, QuickSampleLength), parsers);
            if (IsClear(quick))
            {
                return Choose(quick, options);
            }
        }

        return Choose(Rank(sample, parsers), options);
    }

    private static bool IsClear((FormatCandidate Candidate, IDigestParser Parser)[] ranked) =>
        ranked.Length > 0 && ranked[0].Candidate.Score >= ClearScore && (ranked.Length == 1 || ranked[1].Candidate.Score <= ranked[0].Candidate.Score - ClearMargin);

    private static (FormatCandidate Candidate, IDigestParser Parser)[] Rank(ReadOnlySpan<char> sample, IReadOnlyList<IDigestParser> parsers)
    {
        var candidates = new (FormatCandidate, IDigestParser)[parsers.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            var score = parsers[i].Detect(sample);
            candidates[i] = (new FormatCandidate(parsers[i].Format, Math.Round(Math.Clamp(score.Score, 0, 1), 3), score.Reason), parsers[i]);
        }

        // A stable sort keeps pipeline order between equal scores.
        return [.. candidates.OrderByDescending(c => c.Item1.Score)];
    }

    private static FormatDetection Choose((FormatCandidate Candidate, IDigestParser Parser)[] ranked, DigestOptions options)
    {
        var chosen = ranked.Length > 0 && ranked[0].Candidate.Score >= options.MinimumDetectionScore ? ranked[0] : default;
        return new FormatDetection
        {
            Format = chosen.Candidate?.Format ?? DigestFormat.Unknown,
            Score = chosen.Candidate?.Score ?? 0,
            Candidates = [.. ranked.Select(r => r.Candidate)],
            Parser = chosen.Parser,
        };
    }
}
