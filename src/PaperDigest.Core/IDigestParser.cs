namespace PaperDigest;

/// <summary>
/// Reads one digest layout. Implementations must be stateless (or immutable) and thread-safe:
/// one instance serves every parse of a <see cref="DigestPipeline"/>.
/// </summary>
public interface IDigestParser
{
    /// <summary>The layout this parser reads.</summary>
    DigestFormat Format { get; }

    /// <summary>
    /// Scores how well a leading sample of the input fits the layout. Must be cheap: count what the
    /// layout looks like over the sample, allocate at most the reason string.
    /// </summary>
    /// <param name="sample">The first characters of the input, cut at a line end.</param>
    /// <returns>A score from 0 to 1 and the reason for it.</returns>
    FormatScore Detect(ReadOnlySpan<char> sample);

    /// <summary>Parses the whole input into <paramref name="context"/>: entries, sections, title, diagnostics.</summary>
    /// <param name="context">The input and the sink for what is found.</param>
    void Parse(DigestParseContext context);
}
