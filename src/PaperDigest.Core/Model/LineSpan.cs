namespace PaperDigest;

/// <summary>A range of input lines, 1-based and inclusive.</summary>
/// <param name="StartLine">The first line.</param>
/// <param name="EndLine">The last line.</param>
public readonly record struct LineSpan(int StartLine, int EndLine)
{
    /// <summary>Whether <paramref name="line"/> (1-based) lies within the span.</summary>
    /// <param name="line">A 1-based line number.</param>
    /// <returns><see langword="true"/> when the line is covered.</returns>
    public bool Contains(int line) => line >= StartLine && line <= EndLine;
}
