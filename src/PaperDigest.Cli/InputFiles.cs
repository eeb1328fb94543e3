namespace PaperDigest.Cli;

/// <summary>The files a command reads, and how many named inputs could not be read (each already reported).</summary>
internal sealed class InputFiles
{
    public List<string> Paths { get; } = [];

    /// <summary>Inputs that could not be read: they make the exit code 2, after everything else is done.</summary>
    public int Problems { get; private set; }

    public void Problem(TextWriter stderr, string message)
    {
        Problems++;
        stderr.WriteLine($"paperdigest: {message}");
    }

    /// <summary>Files and links passed over on purpose (no bytes, a link to a directory); they leave the exit code as it is.</summary>
    public int Skipped { get; private set; }

    public void Skip(TextWriter stderr, string message)
    {
        Skipped++;
        stderr.WriteLine($"paperdigest: {message}");
    }
}
