namespace PaperDigest.Parsing.Catalog;

/// <summary>Offsets of a piece of the input that becomes one string of the model; <see cref="Start"/> is -1 while empty.</summary>
internal struct TextRange
{
    public int Start;
    public int End;

    public static TextRange Empty => new() { Start = -1 };

    public readonly bool IsEmpty => Start < 0 || End <= Start;

    /// <summary>Extends the range to cover <c>[start, end)</c>, starting it there when still empty.</summary>
    public void Extend(int start, int end)
    {
        if (Start < 0 || End <= Start)
        {
            Start = start;
        }

        End = end;
    }

    /// <summary>The text, trimmed at both ends, line breaks normalized; <see langword="null"/> when empty.</summary>
    public readonly string? ToText(string text)
    {
        if (IsEmpty)
        {
            return null;
        }

        int start = Start, end = End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? TextSlice.Range(text, start, end) : null;
    }
}
