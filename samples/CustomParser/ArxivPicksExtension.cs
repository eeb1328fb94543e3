using PaperDigest;

namespace CustomParser;

/// <summary>
/// The layout packaged as an extension (Markdig style): one <c>Use</c> call puts the parser ahead of the built-in
/// catalog parser, so on an equal detection score the picks list wins.
/// </summary>
public sealed class ArxivPicksExtension : IDigestExtension
{
    public void Setup(DigestPipelineBuilder builder) => builder.InsertBefore(DigestFormat.Catalog, new ArxivPicksParser());
}
