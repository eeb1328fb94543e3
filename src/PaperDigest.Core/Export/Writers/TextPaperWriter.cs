using System.Text;

namespace PaperDigest.Export.Writers;

/// <summary>A writer of a text format: UTF-8 without a byte order mark, the stream left open.</summary>
internal abstract class TextPaperWriter : IPaperWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public abstract string Name { get; }

    public abstract string FileExtension { get; }

    public void Write(IEnumerable<PaperRecord> papers, Stream output)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        Write(papers, writer);
    }

    protected abstract void Write(IEnumerable<PaperRecord> papers, TextWriter output);

    // Line breaks and tabs inside a value, for formats of one value per line.
    protected static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
