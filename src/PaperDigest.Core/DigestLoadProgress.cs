namespace PaperDigest;

/// <summary>Progress of a <see cref="Digest.LoadManyAsync"/> run, reported after each file.</summary>
/// <param name="Completed">Files finished so far.</param>
/// <param name="Total">Files in the run.</param>
/// <param name="Path">The file just finished.</param>
public readonly record struct DigestLoadProgress(int Completed, int Total, string Path);
