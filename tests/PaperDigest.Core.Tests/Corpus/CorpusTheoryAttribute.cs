using System.Runtime.CompilerServices;
using Xunit.v3;

namespace PaperDigest.Tests.Corpus;

/// <summary>A theory over the shared corpus, left out like <see cref="CorpusFactAttribute"/> when the corpus is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer(typeof(CorpusTestDiscoverer))]
public sealed class CorpusTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
    : TheoryAttribute(sourceFilePath, sourceLineNumber);
