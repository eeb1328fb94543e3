using System.Runtime.CompilerServices;

namespace PaperDigest.Tests.Corpus;

/// <summary>A theory over the shared corpus, left out like <see cref="CorpusFactAttribute"/> when the corpus is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => Explicit = CorpusFiles.LeftOut;
}
