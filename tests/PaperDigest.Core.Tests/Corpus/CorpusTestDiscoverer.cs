using Xunit.Sdk;
using Xunit.v3;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// Discovers corpus facts and theories as xunit does, or none when <see cref="CorpusFiles.LeftOut"/>: a test that is
/// never discovered prints nothing, where a skipped or explicit one prints a line each under <c>dotnet test</c>.
/// </summary>
public sealed class CorpusTestDiscoverer : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _facts = new();
    private readonly TheoryDiscoverer _theories = new();

    public ValueTask<IReadOnlyCollection<IXunitTestCase>> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, IXunitTestMethod testMethod, IFactAttribute factAttribute)
    {
        if (CorpusFiles.LeftOut)
        {
            return new ValueTask<IReadOnlyCollection<IXunitTestCase>>([]);
        }

        return factAttribute is ITheoryAttribute
            ? _theories.Discover(discoveryOptions, testMethod, factAttribute)
            : _facts.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
