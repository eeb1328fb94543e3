using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperDigest;
using PaperDigest.DependencyInjection;

// The conventional namespace for AddXxx registrations, so they show up wherever services are configured.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PaperDigest with a service collection.</summary>
public static class PaperDigestServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="DigestPipeline"/> and its <see cref="TagTaxonomy"/> as singletons, built on first use from
    /// the parsers added with <see cref="IPaperDigestBuilder.AddParser{TParser}"/> and every <paramref name="configure"/>
    /// callback. Calling it again adds the callback to the same registration; nothing is registered twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the pipeline builder (options, taxonomy, extensions, parser order).</param>
    /// <returns>A builder to add parsers resolved from the container.</returns>
    public static IPaperDigestBuilder AddPaperDigest(this IServiceCollection services, Action<DigestPipelineBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registration = Registration(services);
        if (configure is not null)
        {
            registration.Configure.Add((_, builder) => configure(builder));
        }

        return new PaperDigestBuilder(services, registration);
    }

    private static PaperDigestRegistration Registration(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(PaperDigestRegistration) && descriptor.ImplementationInstance is PaperDigestRegistration existing)
            {
                return existing;
            }
        }

        var registration = new PaperDigestRegistration();
        services.AddSingleton(registration);
        services.TryAddSingleton(provider => provider.GetRequiredService<PaperDigestRegistration>().Build(provider));
        services.TryAddSingleton(provider => provider.GetRequiredService<DigestPipeline>().Taxonomy);
        return registration;
    }
}
