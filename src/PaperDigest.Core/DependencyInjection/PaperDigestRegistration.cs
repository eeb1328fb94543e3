namespace PaperDigest.DependencyInjection;

/// <summary>
/// What every <c>AddPaperDigest</c> call on one service collection contributed: the container-resolved parsers, in
/// order, and the configure callbacks. Registered once as an instance; the pipeline is built from it on first use.
/// </summary>
internal sealed class PaperDigestRegistration
{
    public List<(Type Type, Func<IServiceProvider, IDigestParser> Resolve)> Parsers { get; } = [];

    public List<Action<IServiceProvider, DigestPipelineBuilder>> Configure { get; } = [];

    public DigestPipeline Build(IServiceProvider provider)
    {
        var builder = new DigestPipelineBuilder();
        for (var i = 0; i < Parsers.Count; i++)
        {
            builder.Insert(i, Parsers[i].Resolve(provider));
        }

        foreach (var configure in Configure)
        {
            configure(provider, builder);
        }

        return builder.Build();
    }
}
