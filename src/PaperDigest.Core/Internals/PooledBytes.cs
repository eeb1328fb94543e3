using System.Buffers;

namespace PaperDigest.Internals;

/// <summary>
/// The bytes of a whole input in an array rented from the shared pool: an input is decoded once and dropped, so
/// its buffer goes back to the pool instead of costing a large-object allocation per load. Dispose exactly once.
/// </summary>
internal sealed class PooledBytes : IDisposable
{
    // Past this size the buffer is allocated and left to the GC, so a rare huge input does not stay in the pool.
    private const int MaxPooledLength = 64 * 1024 * 1024;

    private byte[] _array;

    public PooledBytes(int capacity) => _array = Rent(Math.Max(capacity, 1));

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _array.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _array.AsMemory(0, Length);

    /// <summary>The free space after the bytes written so far; grows the buffer (doubling) when it is full.</summary>
    public Memory<byte> FreeSpace(int atLeast)
    {
        if (_array.Length - Length < atLeast)
        {
            var larger = Rent((int)Math.Min(Array.MaxLength, Math.Max((long)_array.Length * 2, (long)Length + atLeast)));
            _array.AsSpan(0, Length).CopyTo(larger);
            Return(_array);
            _array = larger;
        }

        return _array.AsMemory(Length);
    }

    public void Advance(int count) => Length += count;

    public void Dispose()
    {
        Return(_array);
        _array = [];
        Length = 0;
    }

    private static byte[] Rent(int length) =>
        length <= MaxPooledLength ? ArrayPool<byte>.Shared.Rent(length) : GC.AllocateUninitializedArray<byte>(length);

    private static void Return(byte[] array)
    {
        if (array.Length is > 0 and <= MaxPooledLength)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
