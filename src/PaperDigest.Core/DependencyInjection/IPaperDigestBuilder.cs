using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace PaperDigest;

/// <summary>Adds container-resolved parsers and configuration to the pipeline <c>AddPaperDigest</c> registers.</summary>
public interface IPaperDigestBuilder
{
    /// <summary>The service collection PaperDigest is registered in.</summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// Registers <typeparamref name="TParser"/> as a singleton (its dependencies injected) and puts it in the pipeline
    /// ahead of the built-in parsers, in the order parsers are added, so on an equal detection score it wins. Adding the
    /// same parser type again changes nothing.
    /// </summary>
    /// <typeparam name="TParser">The parser type.</typeparam>
    /// <returns>This builder.</returns>
    IPaperDigestBuilder AddParser<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TParser>()
        where TParser : class, IDigestParser;

    /// <summary>Changes the pipeline builder with access to the container (for options or taxonomies held in services).</summary>
    /// <param name="configure">The callback, run once when the pipeline is first resolved.</param>
    /// <returns>This builder.</returns>
    IPaperDigestBuilder Configure(Action<IServiceProvider, DigestPipelineBuilder> configure);
}
