namespace PaperDigest;

/// <summary>
/// A bundle of pipeline changes applied in one call, as Markdig extensions are: a custom layout's parser plus
/// the options or taxonomy it needs. <c>new DigestPipelineBuilder().Use(new ArxivPicksExtension()).Build()</c>.
/// </summary>
public interface IDigestExtension
{
    /// <summary>Adds, inserts or replaces parsers and changes options or the taxonomy on <paramref name="builder"/>.</summary>
    /// <param name="builder">The builder being set up.</param>
    void Setup(DigestPipelineBuilder builder);
}
