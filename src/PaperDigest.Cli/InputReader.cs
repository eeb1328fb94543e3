using PaperDigest.Serialization;

namespace PaperDigest.Cli;

/// <summary>Opens the input a command names: a file path, or <c>-</c> for standard input.</summary>
internal static class InputReader
{
    public static DigestDocument Load(string input, DigestPipeline pipeline, Func<Stream> openStdin)
    {
        using var stream = Open(input, openStdin);
        return Digest.Load(stream, pipeline);
    }

    /// <summary>The bytes of a file, or standard input for <c>-</c>; the library detects their encoding.</summary>
    public static Stream Open(string input, Func<Stream> openStdin)
    {
        if (input == "-")
        {
            return openStdin();
        }

        if (!File.Exists(input))
        {
            throw new UsageException(Directory.Exists(input) ? $"'{input}' is a directory, not a file" : $"file not found: {input}");
        }

        if (DigestFolder.NotReadable(new FileInfo(input)) is { } problem)
        {
            throw new UsageException($"{input}: {problem}");
        }

        return File.OpenRead(input);
    }

    public static void WriteJson(TextWriter stdout, string json) => stdout.WriteLine(json);

    public static string ToJson(DigestDocument document) => DigestJson.Serialize(document, indented: true);

    /// <summary>
    /// The files named, with directories expanded to the digest files under them by <see cref="DigestFolder.List"/> (the
    /// library's own folder walk): a folder's files in name order, then its subfolders, links to folders not followed,
    /// unreadable folders and files reported: nothing stops the run. Arguments that name nothing are a usage error,
    /// raised before any file is read.
    /// </summary>
    /// <param name="inputs">The FILE|DIR arguments.</param>
    /// <param name="stderr">Where problems and skipped files are reported.</param>
    public static InputFiles ExpandFiles(IReadOnlyList<string> inputs, TextWriter stderr)
    {
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input) && !File.Exists(input))
            {
                throw new UsageException($"file not found: {input}");
            }
        }

        var found = new InputFiles();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                AddFolder(input, found, stderr);
            }
            else
            {
                AddFile(new FileInfo(input), found, stderr);
            }
        }

        return found;
    }

    private static void AddFolder(string input, InputFiles found, TextWriter stderr)
    {
        var listing = DigestFolder.List(input);
        foreach (var skip in listing.PassedOver)
        {
            if (!skip.IsProblem)
            {
                found.Skip(stderr, $"skipped {skip.Path}: {skip.Reason}");
            }
            else
            {
                found.Problem(stderr, Directory.Exists(skip.Path) ? $"cannot read directory {skip.Path}: {skip.Reason}" : $"cannot read {skip.Path}: {skip.Reason}");
            }
        }

        foreach (var file in listing.Files)
        {
            found.Paths.Add(file);
            found.FromFolders.Add(file);
        }

        if (listing.Files.Count == 0)
        {
            found.Problem(stderr, $"no digest files ({string.Join(", ", DigestFolder.Extensions)}) under {input}");
        }
    }

    // A file named on the command line: read unless it cannot be.
    private static void AddFile(FileInfo file, InputFiles found, TextWriter stderr)
    {
        try
        {
            if (DigestFolder.NotReadable(file) is not { } problem)
            {
                found.Paths.Add(file.ToString());
            }
            else if (file.Length == 0)
            {
                found.Skip(stderr, $"skipped {file}: {problem}");
            }
            else
            {
                found.Problem(stderr, $"cannot read {file}: {problem}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            found.Problem(stderr, $"cannot read {file}: {ex.Message}");
        }
    }
}
