namespace PaperDigest.Cli;

/// <summary>The files a command reads, and how many named inputs could not be read (each already reported).</summary>
internal sealed class InputFiles
{
    public List<string> Paths { get; } = [];

    /// <summary>The paths found by walking a directory rather than named: those that are not a digest are skipped.</summary>
    public HashSet<string> FromFolders { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The results of a run that hold a digest, in the order given: a non-digest found in a folder is skipped with a
    /// note, an unreadable file is reported and counted in <see cref="Problems"/>.
    /// </summary>
    public IEnumerable<DigestLoadResult> Digests(IEnumerable<DigestLoadResult> results, TextWriter stderr)
    {
        foreach (var result in results)
        {
            if (SkipsNonDigest(result, stderr))
            {
                continue;
            }

            if (result.Document is null)
            {
                Problem(stderr, $"cannot read {result.Path}: {result.Error?.Message}");
                continue;
            }

            DigestCount++;
            yield return result;
        }
    }

    /// <summary>How many digests the run has read so far.</summary>
    public int DigestCount { get; private set; }

    /// <summary>
    /// Whether the inputs held no digest at all (an empty folder, or one whose every file was skipped): then nothing is
    /// printed, the exit code is 2, and one line says why unless a problem was reported already.
    /// </summary>
    public bool NoDigests(TextWriter stderr)
    {
        if (DigestCount > 0)
        {
            return false;
        }

        if (Problems == 0)
        {
            Problem(stderr, Skipped > 0
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"no digest to read: {Skipped} file(s) skipped")
                : "no digest to read");
        }

        return true;
    }

    /// <summary>
    /// Loads every file in parallel and yields the digests as they complete (<see cref="Digests"/>); the bar, when
    /// there is one, counts them, and the notes written meanwhile step around it.
    /// </summary>
    public IEnumerable<DigestLoadResult> LoadDigests(DigestPipeline pipeline, ProgressBar? progress, TextWriter stderr) =>
        Digests(Digest.LoadManyAsync(Paths, pipeline, progress: progress).ToBlockingEnumerable(), progress?.Wrap(stderr) ?? stderr);

    /// <summary>
    /// Whether a loaded file is passed over: a file found in a folder whose layout nothing fits (a README, notes) is
    /// not a digest, and is reported rather than printed or counted. A file named on the command line is always read.
    /// </summary>
    private bool SkipsNonDigest(DigestLoadResult result, TextWriter stderr)
    {
        if (result.Document is not { } document || !FromFolders.Contains(result.Path) || DigestFolder.NotADigest(document) is not { } reason)
        {
            return false;
        }

        Skip(stderr, $"skipped {result.Path}: {reason}");
        return true;
    }

    /// <summary>Inputs that could not be read: they make the exit code 2, after everything else is done.</summary>
    public int Problems { get; private set; }

    public void Problem(TextWriter stderr, string message)
    {
        Problems++;
        stderr.WriteLine($"paperdigest: {TerminalSafeWriter.OneLine(message)}");
    }

    /// <summary>Files and links passed over on purpose (no bytes, a link to a directory); they leave the exit code as it is.</summary>
    public int Skipped { get; private set; }

    public void Skip(TextWriter stderr, string message)
    {
        Skipped++;
        stderr.WriteLine($"paperdigest: {TerminalSafeWriter.OneLine(message)}");
    }
}
