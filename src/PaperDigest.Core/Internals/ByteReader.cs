namespace PaperDigest.Internals;

/// <summary>Reads a whole stream into memory, refusing input past a byte limit.</summary>
internal static class ByteReader
{
    public static byte[] ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream(InitialCapacity(stream));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return buffer.ToArray();
    }

    public static async Task<byte[]> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(InitialCapacity(stream));
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return buffer.ToArray();
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int read, long maxBytes)
    {
        if (buffer.Length + read > maxBytes)
        {
            throw new DigestParseException($"The input is larger than {maxBytes} bytes, past DigestOptions.MaxInputLength.");
        }

        buffer.Write(chunk, 0, read);
    }

    private static int InitialCapacity(Stream stream) =>
        stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position, 0, 1 << 30) : 0;
}
