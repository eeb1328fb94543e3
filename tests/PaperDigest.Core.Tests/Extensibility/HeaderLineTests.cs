using FluentAssertions;
using Xunit;

namespace PaperDigest.Tests.Extensibility;

/// <summary><c>MarkHeaderLine</c> takes 1-based line numbers; a 0-based index passed by mistake is caught, not kept.</summary>
public sealed class HeaderLineTests
{
    [Fact]
    public void A_header_line_is_one_based_and_zero_is_refused()
    {
        var marked = Parse(context => context.MarkHeaderLine(1));
        var zero = Parse(context => context.MarkHeaderLine(0));

        marked.HeaderSpan.Should().Be(new LineSpan(1, 1));
        zero.HeaderSpan.Should().BeNull();
        zero.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.ParserFailed && d.Message.Contains("ArgumentOutOfRangeException", StringComparison.Ordinal));
    }

    private static DigestDocument Parse(Action<DigestParseContext> parse) =>
        new DigestPipelineBuilder().Clear().Add(new HeaderParser(parse)).Build().Parse("Title line\nbody line\n");

    private sealed class HeaderParser(Action<DigestParseContext> parse) : IDigestParser
    {
        public DigestFormat Format { get; } = new("header-test");

        public FormatScore Detect(ReadOnlySpan<char> sample) => new(0.9, "always");

        public void Parse(DigestParseContext context) => parse(context);
    }
}
