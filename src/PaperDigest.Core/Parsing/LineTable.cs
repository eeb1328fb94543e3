namespace PaperDigest.Parsing;

/// <summary>
/// The lines of a text, found once in a single vectorized pass: line <c>i</c> (0-based) is
/// <c>text[Start(i)..End(i)]</c>, without its line break. LF, CRLF and lone CR all end a line.
/// </summary>
/// <remarks>Shared by every parser so that random access (look-ahead over a few lines) stays O(1).</remarks>
public sealed class LineTable
{
    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[] _ends;

    private LineTable(string text, int[] starts, int[] ends, int count)
    {
        _text = text;
        _starts = starts;
        _ends = ends;
        Count = count;
    }

    /// <summary>The number of lines (a final line break does not start another line).</summary>
    public int Count { get; }

    /// <summary>The text of line <paramref name="index"/> (0-based), without its line break.</summary>
    /// <param name="index">0-based line index.</param>
    public ReadOnlySpan<char> this[int index] => _text.AsSpan(_starts[index], _ends[index] - _starts[index]);

    /// <summary>The offset in the text where line <paramref name="index"/> starts.</summary>
    /// <param name="index">0-based line index.</param>
    /// <returns>A character offset.</returns>
    public int Start(int index) => _starts[index];

    /// <summary>The offset in the text just past line <paramref name="index"/>'s last character (before its line break).</summary>
    /// <param name="index">0-based line index.</param>
    /// <returns>A character offset.</returns>
    public int End(int index) => _ends[index];

    /// <summary>Whether line <paramref name="index"/> is empty or white space only.</summary>
    /// <param name="index">0-based line index.</param>
    /// <returns><see langword="true"/> for a blank line.</returns>
    public bool IsBlank(int index) => this[index].IsWhiteSpace();

    /// <summary>The index of the first non-blank line at or after <paramref name="index"/>, or <see cref="Count"/>.</summary>
    /// <param name="index">0-based line index to start from.</param>
    /// <returns>A line index or <see cref="Count"/>.</returns>
    public int NextNonBlank(int index)
    {
        while (index < Count && IsBlank(index))
        {
            index++;
        }

        return index;
    }

    /// <summary>The index of the last non-blank line at or before <paramref name="index"/>, or -1.</summary>
    /// <param name="index">0-based line index to start from, going back.</param>
    /// <returns>A line index or -1.</returns>
    public int LastNonBlank(int index)
    {
        while (index >= 0 && IsBlank(index))
        {
            index--;
        }

        return index;
    }

    /// <summary>The 0-based index of the line holding character <paramref name="offset"/> (binary search over the line starts).</summary>
    /// <param name="offset">A character offset in the text.</param>
    /// <returns>The line index; the last line for an offset past the end.</returns>
    internal int IndexOf(int offset)
    {
        var found = Array.BinarySearch(_starts, 0, Count, offset);
        return Math.Clamp(found >= 0 ? found : ~found - 1, 0, Math.Max(0, Count - 1));
    }

    /// <summary>Splits <paramref name="text"/> into lines.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The line table.</returns>
    public static LineTable Build(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // One vectorized count sizes the arrays exactly for LF and CRLF text (CR-only text grows them).
        var capacity = Math.Max(16, text.AsSpan().Count('\n') + 1);
        var starts = new int[capacity];
        var ends = new int[capacity];
        var count = 0;
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var rest = span[position..];
            var breakAt = rest.IndexOfAny('\n', '\r');
            var end = breakAt < 0 ? span.Length : position + breakAt;
            if (count == starts.Length)
            {
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref ends, count * 2);
            }

            starts[count] = position;
            ends[count] = end;
            count++;
            if (breakAt < 0)
            {
                break;
            }

            position = end + (span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1);
        }

        return new LineTable(text, starts, ends, count);
    }
}
