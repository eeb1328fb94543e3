namespace PaperDigest;

/// <summary>One file of a <see cref="Digest.LoadManyAsync"/> run: its document, or the error that kept it from being read.</summary>
/// <param name="Path">The file path.</param>
/// <param name="Document">The parsed document, or <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the file could not be read (I/O, permissions, size limit, strict parse), or <see langword="null"/>.</param>
public sealed record DigestLoadResult(string Path, DigestDocument? Document, Exception? Error)
{
    /// <summary>Whether the file was read and parsed.</summary>
    public bool Succeeded => Document is not null;

    /// <summary>
    /// Why a folder load passed this path over on purpose (<see cref="DigestCorpus.LoadDirectoryAsync"/>): a file no
    /// layout fits (its <see cref="Document"/> is kept, not added), an empty file, a link to a folder; otherwise <see langword="null"/>.
    /// </summary>
    public string? Skipped { get; init; }
}
