using PaperDigest.Internals;

namespace PaperDigest.Detection;

/// <summary>Scores every parser on a leading sample and ranks them.</summary>
internal static class FormatDetector
{
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

        var candidates = new FormatCandidate[parsers.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            var score = parsers[i].Detect(sample);
            candidates[i] = new FormatCandidate(parsers[i].Format, Math.Round(Math.Clamp(score.Score, 0, 1), 3), score.Reason);
        }

        // A stable sort keeps pipeline order between equal scores.
        FormatCandidate[] ranked = [.. candidates.OrderByDescending(c => c.Score)];
        var best = ranked.Length > 0 ? ranked[0] : null;
        var chosen = best is not null && best.Score >= options.MinimumDetectionScore ? best : null;
        return new FormatDetection
        {
            Format = chosen?.Format ?? DigestFormat.Unknown,
            Score = chosen?.Score ?? 0,
            Candidates = ranked,
        };
    }
}
