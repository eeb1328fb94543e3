namespace PaperDigest;

/// <summary>
/// Writes papers in one export format. Writers stream: they take any sequence of records (one corpus or many) and
/// write each as it comes. Add your own to a pipeline with <see cref="DigestPipelineBuilder.AddWriter"/>; the
/// built-in ones are in <see cref="PaperWriters"/>.
/// </summary>
public interface IPaperWriter
{
    /// <summary>The format's name, as <c>paperdigest export --to</c> takes it (<c>bibtex</c>, <c>csljson</c>, …).</summary>
    string Name { get; }

    /// <summary>The file extension the format's files take, with its dot (<c>.bib</c>).</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="papers"/> to <paramref name="output"/>, which it leaves open.</summary>
    /// <param name="papers">The papers, in the order to write them.</param>
    /// <param name="output">The stream to write to.</param>
    void Write(IEnumerable<PaperRecord> papers, Stream output);
}
