using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PaperDigest.Internals;

namespace PaperDigest;

/// <summary>
/// The entry point: <c>Digest.Parse(text)</c> detects a digest's layout and reads it into a
/// <see cref="DigestDocument"/>. Every method takes an optional <see cref="DigestPipeline"/>;
/// without one, <see cref="DigestPipeline.Default"/> is used.
/// </summary>
public static class Digest
{
    /// <summary>Parses digest text.</summary>
    /// <param name="text">The whole document.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="DigestPipeline.Default"/> when <see langword="null"/>.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="DigestParseException">Strict mode and the parse produced a warning, or the input exceeds the size limit.</exception>
    public static DigestDocument Parse(string text, DigestPipeline? pipeline = null) =>
        (pipeline ?? DigestPipeline.Default).Parse(text);

    /// <summary>Detects the layout of digest text from a leading sample, without parsing it.</summary>
    /// <param name="text">The document.</param>
    /// <param name="pipeline">The pipeline whose parsers are scored; <see cref="DigestPipeline.Default"/> when <see langword="null"/>.</param>
    /// <returns>The chosen format, its score and every candidate, best first.</returns>
    public static FormatDetection Detect(string text, DigestPipeline? pipeline = null) =>
        (pipeline ?? DigestPipeline.Default).Detect(text);

    /// <summary>Detects the layout of a document given as bytes, decoding them as <see cref="Load(Stream, DigestPipeline?)"/> does.</summary>
    /// <param name="stream">The bytes; read to the end, not closed.</param>
    /// <param name="pipeline">The pipeline whose parsers are scored; <see cref="DigestPipeline.Default"/> when <see langword="null"/>.</param>
    /// <returns>The chosen format, its score and every candidate, best first.</returns>
    /// <exception cref="DigestParseException">The input exceeds the size limit.</exception>
    public static FormatDetection Detect(Stream stream, DigestPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        pipeline ??= DigestPipeline.Default;
        using var bytes = ByteReader.ReadAll(stream, MaxBytes(pipeline));
        return pipeline.Detect(TextDecoder.Decode(bytes.Span).Text);
    }

    /// <summary>
    /// Reads a document from a stream of bytes and parses it. The encoding is detected: a byte-order mark,
    /// valid UTF-8, an HTML <c>&lt;meta charset&gt;</c>, or GB18030/GBK and Big5 for legacy Chinese files;
    /// <see cref="DigestDocument.Encoding"/> reports it, and undecodable bytes become diagnostic PD0003.
    /// </summary>
    /// <param name="stream">The bytes; read to the end, not closed.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="DigestPipeline.Default"/> when <see langword="null"/>.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="DigestParseException">The input exceeds the size limit, or strict mode and the parse produced a warning.</exception>
    public static DigestDocument Load(Stream stream, DigestPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        pipeline ??= DigestPipeline.Default;
        DecodedText decoded;
        using (var bytes = ByteReader.ReadAll(stream, MaxBytes(pipeline)))
        {
            decoded = TextDecoder.Decode(bytes.Span);
        }

        return pipeline.Parse(decoded.Text, decoded);
    }

    /// <summary>Reads a document from a stream of bytes asynchronously and parses it.</summary>
    /// <param name="stream">The bytes; read to the end, not closed.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="DigestPipeline.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="DigestParseException">The input exceeds the size limit, or strict mode and the parse produced a warning.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<DigestDocument> LoadAsync(Stream stream, DigestPipeline? pipeline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        pipeline ??= DigestPipeline.Default;
        DecodedText decoded;
        using (var bytes = await ByteReader.ReadAllAsync(stream, MaxBytes(pipeline), cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            decoded = TextDecoder.Decode(bytes.Span);
        }

        return pipeline.Parse(decoded.Text, decoded);
    }

    /// <summary>Reads a document from a file and parses it.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="DigestPipeline.Default"/> when <see langword="null"/>.</param>
    /// <returns>The parsed document.</returns>
    public static DigestDocument LoadFile(string path, DigestPipeline? pipeline = null)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, pipeline);
    }

    /// <summary>Reads a document from a file asynchronously and parses it.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="DigestPipeline.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The parsed document.</returns>
    public static async Task<DigestDocument> LoadFileAsync(string path, DigestPipeline? pipeline = null, CancellationToken cancellationToken = default)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            return await LoadAsync(stream, pipeline, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads and parses many files in parallel and returns each document as soon as it is ready (not in
    /// input order). At most <paramref name="maxParallelism"/> files are read at once and at most as many
    /// finished documents wait for the consumer, so memory stays bounded however many files there are.
    /// </summary>
    /// <param name="paths">The files.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="DigestPipeline.Default"/> when <see langword="null"/>.</param>
    /// <param name="maxParallelism">Files read at once; 0 (the default) uses the processor count.</param>
    /// <param name="progress">Told after each file.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One result per file; a file that cannot be read yields its error instead of a document.</returns>
    public static async IAsyncEnumerable<DigestLoadResult> LoadManyAsync(
        IEnumerable<string> paths,
        DigestPipeline? pipeline = null,
        int maxParallelism = 0,
        IProgress<DigestLoadProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfNegative(maxParallelism);
        var files = paths.ToArray();
        var degree = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
        var channel = Channel.CreateBounded<DigestLoadResult>(new BoundedChannelOptions(degree) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(files, pipeline ?? DigestPipeline.Default, degree, progress, channel.Writer, stop.Token);
        try
        {
            await foreach (var result in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
        finally
        {
            // A consumer that stops early must not leave readers blocked on a full channel.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static async Task ProduceAsync(string[] files, DigestPipeline pipeline, int degree, IProgress<DigestLoadProgress>? progress,
        ChannelWriter<DigestLoadResult> writer, CancellationToken cancellationToken)
    {
        var completed = 0;
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(files, options, async (path, token) =>
            {
                DigestLoadResult result;
                try
                {
                    result = new DigestLoadResult(path, await LoadFileAsync(path, pipeline, token).ConfigureAwait(false), null);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DigestParseException)
                {
                    result = new DigestLoadResult(path, null, ex);
                }

                await writer.WriteAsync(result, token).ConfigureAwait(false);
                progress?.Report(new DigestLoadProgress(Interlocked.Increment(ref completed), files.Length, path));
            }).ConfigureAwait(false);
            writer.Complete();
        }
        catch (OperationCanceledException)
        {
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }

    private static long MaxBytes(DigestPipeline pipeline) => pipeline.Options.MaxInputBytes;
}
