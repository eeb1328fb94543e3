namespace PaperDigest.Internals;

/// <summary>Reads a whole stream into a pooled buffer, refusing input past a byte limit.</summary>
internal static class ByteReader
{
    private const int MinRead = 64 * 1024;

    public static PooledBytes ReadAll(Stream stream, long maxBytes)
    {
        CheckLength(stream, maxBytes);
        var buffer = new PooledBytes(InitialCapacity(stream, maxBytes));
        try
        {
            int read;
            while ((read = stream.Read(buffer.FreeSpace(1).Span)) > 0)
            {
                Advance(buffer, read, maxBytes);
            }

            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    public static async Task<PooledBytes> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        CheckLength(stream, maxBytes);
        var buffer = new PooledBytes(InitialCapacity(stream, maxBytes));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.FreeSpace(1), cancellationToken).ConfigureAwait(false)) > 0)
            {
                Advance(buffer, read, maxBytes);
            }

            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    // A stream that knows its length is refused before a byte is read: a 1 GiB file costs nothing.
    private static void CheckLength(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position is var length && length > maxBytes)
        {
            throw TooLarge($"{length} bytes", maxBytes);
        }
    }

    private static DigestParseException TooLarge(string size, long maxBytes) =>
        new($"The input is {size}, more than the limit of {maxBytes} bytes (DigestOptions.MaxInputBytes).");

    private static void Advance(PooledBytes buffer, int read, long maxBytes)
    {
        if ((long)buffer.Length + read > maxBytes)
        {
            throw TooLarge("longer", maxBytes);
        }

        buffer.Advance(read);
    }

    // A seekable stream tells its size, so the buffer is rented once (one spare byte lets the read see the end).
    private static int InitialCapacity(Stream stream, long maxBytes) =>
        (int)Math.Min(stream.CanSeek ? Math.Max(stream.Length - stream.Position + 1, 1) : MinRead, Math.Min(maxBytes + 1, Array.MaxLength));
}
