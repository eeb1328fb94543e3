using PaperDigest.Evaluation;

namespace PaperDigest.Cli.Evaluation;

/// <summary>
/// The files <c>eval</c> reads (gold files, their inputs, generators' records) go through the checks <c>parse</c>
/// applies: a regular file with bytes, under a size limit. A device (<c>/dev/zero</c>), a pipe named like a gold file
/// or a file of a gigabyte is reported as a malformed gold file (exit 2), never read.
/// </summary>
internal static class EvalInputs
{
    /// <summary>Gold and generator files are facts, not documents: a few megabytes at most.</summary>
    public const long MaxGoldBytes = 64L * 1024 * 1024;

    /// <summary>The text of <paramref name="path"/>, checked first; <paramref name="goldFile"/> and <paramref name="jsonPath"/> say where it was named.</summary>
    public static string ReadText(string path, long maxBytes, string goldFile, string jsonPath)
    {
        Check(path, maxBytes, goldFile, jsonPath);
        return File.ReadAllText(path);
    }

    /// <summary>Throws a <see cref="GoldFormatException"/> when <paramref name="path"/> is not a readable regular file under the limit.</summary>
    public static void Check(string path, long maxBytes, string goldFile, string jsonPath)
    {
        var info = new FileInfo(path);

        // A link is checked as what it points to (a link named *.gold.json may point at /dev/zero).
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
        {
            info = target;
        }

        if (!info.Exists)
        {
            throw new GoldFormatException(goldFile, jsonPath, $"'{path}' is not a file");
        }

        if (DigestFolder.NotReadable(info, maxBytes) is { } problem)
        {
            throw new GoldFormatException(goldFile, jsonPath, $"'{path}': {problem}");
        }
    }
}
