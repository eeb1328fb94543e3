using System.Runtime.CompilerServices;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// A fact that reads the shared corpus. Without <c>PAPERDIGEST_CORPUS</c> it is left out as explicit (not run, no line
/// each), and <see cref="CorpusPresenceTests"/> says once how many were left out and why.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => Explicit = CorpusFiles.LeftOut;
}
