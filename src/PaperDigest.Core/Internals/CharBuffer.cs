using System.Buffers;

namespace PaperDigest.Internals;

/// <summary>
/// A growable run of chars that starts in caller-provided (usually stack) memory and rents from the
/// shared pool only when it outgrows it, so short keys are built without allocating.
/// </summary>
internal ref struct CharBuffer
{
    private Span<char> _chars;
    private char[]? _rented;

    public CharBuffer(Span<char> initial)
    {
        _chars = initial;
        _rented = null;
        Length = 0;
    }

    public int Length { get; private set; }

    public readonly ReadOnlySpan<char> Written => _chars[..Length];

    public readonly char Last => _chars[Length - 1];

    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Grow(1);
        }

        _chars[Length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars[Length..]);
        Length += text.Length;
    }

    /// <summary>Cuts the buffer to <paramref name="length"/> chars.</summary>
    public void Truncate(int length) => Length = Math.Min(length, Length);

    /// <summary>Drops <paramref name="start"/> chars from the front.</summary>
    public void RemoveStart(int start)
    {
        _chars[start..Length].CopyTo(_chars);
        Length -= start;
    }

    public readonly void Set(int index, char c) => _chars[index] = c;

    public void Dispose()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private void Grow(int extra)
    {
        var next = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + extra));
        _chars[..Length].CopyTo(next);
        if (_rented is { } old)
        {
            ArrayPool<char>.Shared.Return(old);
        }

        _rented = next;
        _chars = next;
    }
}
