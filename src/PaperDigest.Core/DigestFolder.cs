namespace PaperDigest;

/// <summary>
/// The digest files under a folder, found the way <c>paperdigest</c> finds them: the digest extensions
/// (<see cref="Extensions"/>), subfolders included, a folder's files in ordinal name order before its subfolders,
/// links to folders not followed (a link cycle would never end), and files that cannot be read passed over with the
/// reason. <see cref="DigestCorpus.LoadDirectoryAsync"/> loads what it lists.
/// </summary>
public static class DigestFolder
{
    /// <summary>The extensions of digest files: <c>.txt</c>, <c>.md</c>, <c>.markdown</c>, <c>.html</c>, <c>.htm</c>.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>Lists the files to read under <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="searchPattern">A file name pattern (<c>*.txt</c>) instead of the digest extensions; <see langword="null"/> for them.</param>
    /// <param name="recursive">Whether subfolders are walked (the default).</param>
    /// <param name="maxInputBytes">Files larger than this are not read (<see cref="DigestOptions.MaxInputBytes"/>).</param>
    /// <returns>The files, and those passed over with why.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static DigestFolderListing List(string directory, string? searchPattern = null, bool recursive = true, long maxInputBytes = DigestOptions.DefaultMaxInputBytes) =>
        ListWith(directory, searchPattern, recursive, maxInputBytes, listDirectory: null);

    /// <summary>As the public overload; tests pass a <paramref name="listDirectory"/> that fails as an unreadable folder does.</summary>
    internal static DigestFolderListing ListWith(string directory, string? searchPattern, bool recursive, long maxInputBytes, Func<DirectoryInfo, FileSystemInfo[]>? listDirectory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Folder not found: {directory}");
        }

        var listing = new DigestFolderListing();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(directory));
        while (pending.TryPop(out var folder))
        {
            var subfolders = new List<DirectoryInfo>();
            foreach (var entry in Entries(folder, searchPattern, listing, listDirectory))
            {
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is not null)
                    {
                        listing.PassOver(sub.FullName, "a link to a directory (links to directories are not followed)", unreadable: false);
                    }
                    else if (recursive)
                    {
                        subfolders.Add(sub);
                    }
                }
                else if (entry is FileInfo file && (searchPattern is not null || Extensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase)))
                {
                    Add(file, maxInputBytes, listing);
                }
            }

            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }

        return listing;
    }

    /// <summary>
    /// Why a document read from a folder is passed over, or <see langword="null"/> when it is a digest: no layout fits
    /// it (a README, notes, a gold file). The reason names the closest layout and its score.
    /// </summary>
    /// <param name="document">The parsed file.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? NotADigest(DigestDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Format.IsUnknown)
        {
            return null;
        }

        var best = document.Detection.Candidates.Count > 0 ? document.Detection.Candidates[0] : null;
        return best is null ? "not a digest (no layout fits)"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"not a digest (no layout fits; closest: {best.Format} {best.Score:0.00})");
    }

    /// <summary>
    /// Why a file is not read, or <see langword="null"/>. A file of no bytes is not opened at all: a pipe or a device
    /// (which report no size) would block the open or never end, and an empty file has nothing to parse. A file past
    /// the byte limit is refused before it is read.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="maxInputBytes">The most bytes read.</param>
    /// <returns>The reason, or <see langword="null"/> when the file is read.</returns>
    public static string? NotReadable(FileInfo file, long maxInputBytes = DigestOptions.DefaultMaxInputBytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Length switch
        {
            0 => "no bytes to read (an empty file, or a pipe or device: pipe those to standard input with '-')",
            var length when length > maxInputBytes => $"{length} bytes, more than the limit of {maxInputBytes} bytes (DigestOptions.MaxInputBytes)",
            _ => null,
        };
    }

    // A folder's entries in ordinal name order (files matching the pattern, and every subfolder); an unreadable folder
    // is reported and gives none.
    private static FileSystemInfo[] Entries(DirectoryInfo folder, string? searchPattern, DigestFolderListing listing, Func<DirectoryInfo, FileSystemInfo[]>? listDirectory)
    {
        try
        {
            FileSystemInfo[] entries = listDirectory is not null ? listDirectory(folder)
                : searchPattern is null ? folder.GetFileSystemInfos()
                : [.. folder.GetFiles(searchPattern), .. folder.GetDirectories()];
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return entries;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            listing.PassOver(folder.FullName, ex.Message, unreadable: true);
            return [];
        }
    }

    private static void Add(FileInfo file, long maxInputBytes, DigestFolderListing listing)
    {
        try
        {
            if (file.LinkTarget is not null && !file.Exists)
            {
                listing.PassOver(file.FullName, "a broken link", unreadable: true);
            }
            else if (NotReadable(file, maxInputBytes) is { } reason)
            {
                listing.PassOver(file.ToString(), reason, unreadable: file.Length > 0);
            }
            else
            {
                listing.Add(file.ToString());
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            listing.PassOver(file.ToString(), ex.Message, unreadable: true);
        }
    }
}
