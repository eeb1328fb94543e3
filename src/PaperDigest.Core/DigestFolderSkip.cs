namespace PaperDigest;

/// <summary>A path a folder walk or load passed over.</summary>
/// <param name="Path">The file or folder.</param>
/// <param name="Reason">Why, in words (<c>no bytes to read …</c>, <c>not a digest (no layout fits; closest: catalog 0.12)</c>).</param>
/// <param name="IsProblem">Whether it is a problem to report (a folder or file that could not be read, a file past the size limit) rather than a file passed over on purpose.</param>
public sealed record DigestFolderSkip(string Path, string Reason, bool IsProblem);
