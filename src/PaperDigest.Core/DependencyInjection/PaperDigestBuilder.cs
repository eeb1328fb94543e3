using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PaperDigest.DependencyInjection;

/// <summary>The <see cref="IPaperDigestBuilder"/> <c>AddPaperDigest</c> returns.</summary>
internal sealed class PaperDigestBuilder(IServiceCollection services, PaperDigestRegistration registration) : IPaperDigestBuilder
{
    public IServiceCollection Services { get; } = services;

    public IPaperDigestBuilder AddParser<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TParser>()
        where TParser : class, IDigestParser
    {
        Services.TryAddSingleton<TParser>();
        if (!registration.Parsers.Exists(p => p.Type == typeof(TParser)))
        {
            registration.Parsers.Add((typeof(TParser), provider => provider.GetRequiredService<TParser>()));
        }

        return this;
    }

    public IPaperDigestBuilder Configure(Action<IServiceProvider, DigestPipelineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        registration.Configure.Add(configure);
        return this;
    }
}
