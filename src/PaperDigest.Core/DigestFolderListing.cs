namespace PaperDigest;

/// <summary>What <see cref="DigestFolder.List"/> found: the files to read, and the paths passed over with why.</summary>
public sealed class DigestFolderListing
{
    private readonly List<string> _files = [];
    private readonly List<DigestFolderSkip> _passedOver = [];

    internal DigestFolderListing()
    {
    }

    /// <summary>The files to read, in walk order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>Paths not read: links to folders and empty files (<see cref="DigestFolderSkip.IsProblem"/> false), unreadable folders and files, and files past the size limit (true).</summary>
    public IReadOnlyList<DigestFolderSkip> PassedOver => _passedOver;

    internal void Add(string path) => _files.Add(path);

    internal void PassOver(string path, string reason, bool unreadable) => _passedOver.Add(new DigestFolderSkip(path, reason, unreadable));
}
