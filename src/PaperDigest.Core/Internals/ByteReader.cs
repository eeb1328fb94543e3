namespace PaperDigest.Internals;

/// <summary>Reads a whole stream into memory, refusing input past a byte limit.</summary>
internal static class ByteReader
{
    private const int ChunkSize = 81920;

    public static ArraySegment<byte> ReadAll(Stream stream, long maxBytes)
    {
        CheckLength(stream, maxBytes);
        using var buffer = new MemoryStream(InitialCapacity(stream, maxBytes));
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return Contents(buffer);
    }

    public static async Task<ArraySegment<byte>> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        CheckLength(stream, maxBytes);
        using var buffer = new MemoryStream(InitialCapacity(stream, maxBytes));
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return Contents(buffer);
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

    private static void Append(MemoryStream buffer, byte[] chunk, int read, long maxBytes)
    {
        if (buffer.Length + read > maxBytes)
        {
            throw TooLarge("longer", maxBytes);
        }

        buffer.Write(chunk, 0, read);
    }

    // The buffer itself, not a copy: it is decoded once and dropped.
    private static ArraySegment<byte> Contents(MemoryStream buffer) => new(buffer.GetBuffer(), 0, (int)buffer.Length);

    // A seekable stream tells its size, so the buffer is allocated once.
    private static int InitialCapacity(Stream stream, long maxBytes) =>
        stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position, 0, Math.Min(maxBytes, Array.MaxLength)) : 0;
}
