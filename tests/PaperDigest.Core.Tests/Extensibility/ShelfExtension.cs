using PaperDigest.Parsing.Catalog;

namespace PaperDigest.Tests.Extensibility;

/// <summary>Puts the shelf parser before the catalog parser and caps entries, as a Markdig-style extension would.</summary>
internal sealed class ShelfExtension : IDigestExtension
{
    public void Setup(DigestPipelineBuilder builder) =>
        builder.InsertBefore<CatalogParser>(new ShelfListParser(new ShelfPrefix("SHELF:"))).Configure(o => o with { MaxEntries = 100 });
}
