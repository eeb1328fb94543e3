using PaperDigest.Serialization;

namespace PaperDigest.Cli;

/// <summary>Opens the input a command names: a file path, or <c>-</c> for standard input.</summary>
internal static class InputReader
{
    private static readonly string[] DigestExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

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

        if (NotReadable(new FileInfo(input), DigestOptions.DefaultMaxInputBytes) is { } problem)
        {
            throw new UsageException($"{input}: {problem}");
        }

        return File.OpenRead(input);
    }

    /// <summary>
    /// Why a file is not read, or null. A file of no bytes is not opened at all: a pipe or a device (which report
    /// no size) would block the open or never end, and an empty file has nothing to parse. A file past the byte
    /// limit is refused before it is read.
    /// </summary>
    public static string? NotReadable(FileInfo file, long maxBytes) => file.Length switch
    {
        0 => "no bytes to read (an empty file, or a pipe or device: pipe those to standard input with '-')",
        var length when length > maxBytes => $"{length} bytes, more than the limit of {maxBytes} bytes (DigestOptions.MaxInputBytes)",
        _ => null,
    };

    public static void WriteJson(TextWriter stdout, string json) => stdout.WriteLine(json);

    public static string ToJson(DigestDocument document) => DigestJson.Serialize(document, indented: true);

    /// <summary>
    /// The files named, with directories expanded to the digest files under them: a directory's files in name
    /// order, then its subdirectories. Links to directories are not followed (a link cycle would never end), an
    /// unreadable directory is reported and skipped, and files <see cref="NotReadable"/> says no to are reported:
    /// nothing stops the run. Arguments that name nothing are a usage error, raised before any file is read.
    /// </summary>
    /// <param name="inputs">The FILE|DIR arguments.</param>
    /// <param name="stderr">Where problems and skipped files are reported.</param>
    /// <param name="listDirectory">Lists a directory (tests pass one that fails as an unreadable directory does).</param>
    public static InputFiles ExpandFiles(IReadOnlyList<string> inputs, TextWriter stderr, Func<DirectoryInfo, FileSystemInfo[]>? listDirectory = null)
    {
        listDirectory ??= static directory => directory.GetFileSystemInfos();
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
                var before = found.Paths.Count;
                Walk(input, found, stderr, listDirectory);
                if (found.Paths.Count == before)
                {
                    found.Problem(stderr, $"no digest files ({string.Join(", ", DigestExtensions)}) under {input}");
                }
            }
            else
            {
                Add(new FileInfo(input), found, stderr);
            }
        }

        return found;
    }

    private static void Walk(string root, InputFiles found, TextWriter stderr, Func<DirectoryInfo, FileSystemInfo[]> listDirectory)
    {
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = listDirectory(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                found.Problem(stderr, $"cannot read directory {directory.FullName}: {ex.Message}");
                continue;
            }

            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            var subdirectories = new List<DirectoryInfo>();
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is not null)
                    {
                        found.Skip(stderr, $"skipped {sub.FullName}: a link to a directory (links to directories are not followed)");
                    }
                    else
                    {
                        subdirectories.Add(sub);
                    }
                }
                else if (entry is FileInfo file && DigestExtensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase))
                {
                    if (Add(file, found, stderr))
                    {
                        found.FromFolders.Add(file.ToString());
                    }
                }
            }

            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push(subdirectories[i]);
            }
        }
    }

    // Whether the file is to be read.
    private static bool Add(FileInfo file, InputFiles found, TextWriter stderr)
    {
        try
        {
            if (file.LinkTarget is not null && !file.Exists)
            {
                found.Problem(stderr, $"cannot read {file.FullName}: a broken link");
            }
            else if (NotReadable(file, DigestOptions.DefaultMaxInputBytes) is { } problem)
            {
                if (file.Length == 0)
                {
                    found.Skip(stderr, $"skipped {file}: {problem}");
                }
                else
                {
                    found.Problem(stderr, $"cannot read {file}: {problem}");
                }
            }
            else
            {
                found.Paths.Add(file.ToString());
                return true;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            found.Problem(stderr, $"cannot read {file}: {ex.Message}");
        }

        return false;
    }
}
