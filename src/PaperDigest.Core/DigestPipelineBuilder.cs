using PaperDigest.Html;
using PaperDigest.Parsing;
using PaperDigest.Parsing.Article;
using PaperDigest.Parsing.Blog;
using PaperDigest.Parsing.Brief;
using PaperDigest.Parsing.Catalog;
using PaperDigest.Parsing.Tagged;

namespace PaperDigest;

/// <summary>
/// Mutable recipe for a <see cref="DigestPipeline"/>: an ordered list of parsers and the options.
/// Starts with every built-in layout; <see cref="Build"/> freezes a copy, so a builder can be changed
/// and built again without affecting pipelines already built.
/// </summary>
/// <remarks>Not thread-safe: configure it on one thread. The <see cref="DigestPipeline"/> it builds is safe to share.</remarks>
public sealed class DigestPipelineBuilder
{
    private readonly List<IDigestParser> _parsers = [new CatalogParser(), new BriefParser(), new TaggedParser(), new BlogParser(), new ArticleParser()];

    /// <summary>The parsers in detection order.</summary>
    public IReadOnlyList<IDigestParser> Parsers => _parsers;

    /// <summary>The options the pipeline will use. Defaults: <c>new DigestOptions()</c>.</summary>
    public DigestOptions Options { get; set; } = new();

    private TagTaxonomy? _taxonomy;

    /// <summary>
    /// The taxonomy the pipeline resolves tags with. Default: <see cref="TagTaxonomy.BuiltIn"/>, which a pipeline
    /// built without another loads on its first use, not when it is built.
    /// </summary>
    public TagTaxonomy Taxonomy
    {
        get => _taxonomy ?? TagTaxonomy.BuiltIn;
        set => _taxonomy = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The labels the pipeline's parsers know: the built-in table unless labels were added or removed
    /// (<see cref="AddLabels(LabelRole, string[])"/>, <see cref="AddLabels(EntryField, string[])"/>, <see cref="RemoveLabels"/>).
    /// </summary>
    public Parsing.LabelVocabulary Labels { get; set; } = Parsing.LabelVocabulary.Default;

    /// <summary>Teaches the pipeline more labels of <paramref name="role"/>: a brief's part names, head, link or source labels.</summary>
    /// <param name="role">What the labels name (not <see cref="LabelRole.Field"/>: use <see cref="AddLabels(EntryField, string[])"/>).</param>
    /// <param name="labels">The labels, in any script.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder AddLabels(LabelRole role, params string[] labels)
    {
        Labels = Labels.With(role, labels);
        return this;
    }

    /// <summary>Teaches the pipeline more labels of <paramref name="field"/> (<c>技术路线</c> for <see cref="EntryField.Method"/>).</summary>
    /// <param name="field">The field the labels name.</param>
    /// <param name="labels">The labels, in any script.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder AddLabels(EntryField field, params string[] labels)
    {
        Labels = Labels.With(field, labels);
        return this;
    }

    /// <summary>Makes the pipeline forget <paramref name="labels"/> (a newsletter's own part names it should not know).</summary>
    /// <param name="labels">The labels, compared ignoring case.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder RemoveLabels(params string[] labels)
    {
        Labels = Labels.Without(labels);
        return this;
    }

    /// <summary>
    /// Resolves tags, topics and categories with <paramref name="taxonomy"/> instead of the built-in one. To extend the
    /// built-in concepts, build one with <c>new TagTaxonomyBuilder().AddBuiltIn().AddJson(json).Build()</c>;
    /// <see cref="TagTaxonomy.Empty"/> leaves every label unmapped.
    /// </summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder UseTaxonomy(TagTaxonomy taxonomy)
    {
        Taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
        return this;
    }

    /// <summary>Applies an extension: <paramref name="extension"/>'s <see cref="IDigestExtension.Setup"/> changes this builder.</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder Use(IDigestExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        extension.Setup(this);
        return this;
    }

    /// <summary>Applies an extension created with its parameterless constructor.</summary>
    /// <typeparam name="TExtension">The extension type.</typeparam>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder Use<TExtension>() where TExtension : IDigestExtension, new() => Use(new TExtension());

    /// <summary>Appends a parser.</summary>
    /// <param name="parser">The parser.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder Add(IDigestParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parsers.Add(parser);
        return this;
    }

    /// <summary>Inserts a parser at a position in the detection order (0 is first).</summary>
    /// <param name="index">The position, from 0 to <c>Parsers.Count</c>.</param>
    /// <param name="parser">The parser.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder Insert(int index, IDigestParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, _parsers.Count);
        _parsers.Insert(index, parser);
        return this;
    }

    /// <summary>Inserts a parser just before the first parser of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The parser type to insert before.</typeparam>
    /// <param name="parser">The parser to insert.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No parser of type <typeparamref name="T"/> is in the list.</exception>
    public DigestPipelineBuilder InsertBefore<T>(IDigestParser parser) where T : IDigestParser
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parsers.Insert(IndexOf<T>(), parser);
        return this;
    }

    /// <summary>Inserts a parser just after the first parser of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The parser type to insert after.</typeparam>
    /// <param name="parser">The parser to insert.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No parser of type <typeparamref name="T"/> is in the list.</exception>
    public DigestPipelineBuilder InsertAfter<T>(IDigestParser parser) where T : IDigestParser
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parsers.Insert(IndexOf<T>() + 1, parser);
        return this;
    }

    /// <summary>Replaces the first parser of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The parser type to replace.</typeparam>
    /// <param name="parser">The replacement.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No parser of type <typeparamref name="T"/> is in the list.</exception>
    public DigestPipelineBuilder Replace<T>(IDigestParser parser) where T : IDigestParser
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parsers[IndexOf<T>()] = parser;
        return this;
    }

    /// <summary>Removes every parser of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The parser type to remove.</typeparam>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder Remove<T>() where T : IDigestParser
    {
        _parsers.RemoveAll(p => p is T);
        return this;
    }

    /// <summary>
    /// Inserts a parser just before the first parser of <paramref name="format"/>: the built-in layouts are named by
    /// their format (<c>builder.InsertBefore(DigestFormat.Catalog, parser)</c>), their parser types are internal.
    /// </summary>
    /// <param name="format">The format of the parser to insert before.</param>
    /// <param name="parser">The parser to insert.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No parser of <paramref name="format"/> is in the list.</exception>
    public DigestPipelineBuilder InsertBefore(DigestFormat format, IDigestParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parsers.Insert(IndexOf(format), parser);
        return this;
    }

    /// <summary>Inserts a parser just after the first parser of <paramref name="format"/>.</summary>
    /// <param name="format">The format of the parser to insert after.</param>
    /// <param name="parser">The parser to insert.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No parser of <paramref name="format"/> is in the list.</exception>
    public DigestPipelineBuilder InsertAfter(DigestFormat format, IDigestParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parsers.Insert(IndexOf(format) + 1, parser);
        return this;
    }

    /// <summary>Replaces the first parser of <paramref name="format"/> (a built-in layout with a parser of your own).</summary>
    /// <param name="format">The format of the parser to replace.</param>
    /// <param name="parser">The replacement.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No parser of <paramref name="format"/> is in the list.</exception>
    public DigestPipelineBuilder Replace(DigestFormat format, IDigestParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parsers[IndexOf(format)] = parser;
        return this;
    }

    /// <summary>Removes every parser of <paramref name="format"/>.</summary>
    /// <param name="format">The format whose parsers go.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder Remove(DigestFormat format)
    {
        _parsers.RemoveAll(p => p.Format == format);
        return this;
    }

    /// <summary>Removes every parser, built-in ones included.</summary>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder Clear()
    {
        _parsers.Clear();
        return this;
    }

    /// <summary>Changes the options: <c>builder.Configure(o => o with { MaxEntries = 1000 })</c>.</summary>
    /// <param name="configure">Returns the new options from the current ones.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder Configure(Func<DigestOptions, DigestOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Options = configure(Options);
        return this;
    }

    /// <summary>
    /// Changes the options through settings with setters, the Microsoft.Extensions habit:
    /// <c>builder.Configure((DigestSettings o) => o.MaxEntries = 1000)</c>. The settings start at the current options.
    /// </summary>
    /// <param name="configure">Sets what changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit set is not positive, or the score is outside (0, 1].</exception>
    public DigestPipelineBuilder Configure(Action<DigestSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var settings = new DigestSettings(Options);
        configure(settings);
        Options = settings.ToOptions(Options);
        return this;
    }

    /// <summary>Makes the pipeline throw <see cref="DigestParseException"/> on any warning or error.</summary>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder UseStrictMode() => Configure(o => o with { Mode = ParseMode.Strict });

    /// <summary>Parses every input as <paramref name="format"/>, skipping detection.</summary>
    /// <param name="format">A format one of the parsers reads.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder UseFormat(DigestFormat format) => Configure(o => o with { Format = format });

    private readonly List<IPaperWriter> _writers = [.. PaperWriters.All];

    /// <summary>
    /// Adds an export format (<see cref="IPaperWriter"/>); one with the name of a format already added replaces it.
    /// The built-in formats (<see cref="PaperWriters"/>) are there from the start.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <returns>This builder.</returns>
    public DigestPipelineBuilder AddWriter(IPaperWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writers.RemoveAll(w => string.Equals(w.Name, writer.Name, StringComparison.OrdinalIgnoreCase));
        _writers.Add(writer);
        return this;
    }

    /// <summary>Builds an immutable pipeline from the current parsers and options.</summary>
    /// <returns>The pipeline.</returns>
    /// <exception cref="InvalidOperationException">The options fix a format that no parser reads.</exception>
    public DigestPipeline Build()
    {
        if (Options.Format is { } format && !format.IsUnknown && !_parsers.Exists(p => p.Format == format))
        {
            throw new InvalidOperationException($"No parser in the pipeline reads the format '{format}'.");
        }

        return new DigestPipeline([.. _parsers], Options, _taxonomy) { Labels = Labels, Writers = _writers.ToArray().AsReadOnly() };
    }

    private int IndexOf(DigestFormat format)
    {
        var index = _parsers.FindIndex(p => p.Format == format);
        return index >= 0
            ? index
            : throw new InvalidOperationException($"The pipeline has no parser of format {format}.");
    }

    private int IndexOf<T>() where T : IDigestParser
    {
        var index = _parsers.FindIndex(p => p is T);
        return index >= 0
            ? index
            : throw new InvalidOperationException($"The pipeline has no parser of type {typeof(T).Name}.");
    }
}
