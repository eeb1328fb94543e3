using System.Runtime.CompilerServices;
using Xunit.v3;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// A fact that reads the shared corpus. Without <c>PAPERDIGEST_CORPUS</c> it is not discovered at all (no line each in
/// the test output), and <see cref="CorpusPresenceTests"/> says once how many were left out and why.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer(typeof(CorpusTestDiscoverer))]
public sealed class CorpusFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
    : FactAttribute(sourceFilePath, sourceLineNumber);
