using FluentAssertions;
using PaperDigest.Internals;

namespace PaperDigest.Tests.Hardening;

/// <summary>
/// Inputs the coverage-guided fuzzer (tests/PaperDigest.Fuzz, docs/reliability.md) found crashing, kept in
/// Fixtures/fuzz as regression fixtures and replayed through every byte entry point.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Regressions() => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Crashing_inputs_load_detect_and_fail_strict_mode_only_with_the_documented_exception(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz", name));
        var strict = new DigestPipelineBuilder().UseStrictMode().Build();

        Digest.Load(new MemoryStream(bytes)).Should().NotBeNull();
        Digest.Detect(new MemoryStream(bytes)).Candidates.Should().NotBeNull();
        var loadStrict = () => Digest.Load(new MemoryStream(bytes), strict);
        try
        {
            loadStrict();
        }
        catch (Exception e)
        {
            e.Should().BeOfType<DigestParseException>();
        }
    }

    [Theory]
    [InlineData("load-meta-charset-utf7-1.bin", 12)]
    [InlineData("load-meta-charset-utf7-2.bin", 23)]
    public void A_page_declaring_utf7_is_not_decoded_as_utf7(string name, int invalidSequences)
    {
        var document = Digest.Load(new MemoryStream(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz", name))));

        document.Encoding.Should().Be("utf-8");
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InvalidEncoding
            && d.Message == $"{invalidSequences} byte sequences are not valid utf-8 (no encoding fits; invalid sequences replaced); each became U+FFFD.");
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF7")]
    [InlineData("unicode-1-1-utf-7")]
    [InlineData("no-such-charset")]
    public void Charset_labels_naming_utf7_or_nothing_resolve_to_no_encoding(string label) =>
        TextDecoder.Resolve(label).Should().BeNull();

    [Fact]
    public void Chinese_charset_labels_resolve_to_their_superset() =>
        TextDecoder.Resolve(" GBK ")!.CodePage.Should().Be(54936);
}
