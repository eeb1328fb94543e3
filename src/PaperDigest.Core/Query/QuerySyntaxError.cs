using System.Globalization;

namespace PaperDigest;

/// <summary>Why a query text does not parse, and where.</summary>
/// <param name="Position">The 0-based offset of the offending character or token.</param>
/// <param name="Message">What is wrong, without the position.</param>
public sealed record QuerySyntaxError(int Position, string Message)
{
    /// <summary>The error with its 1-based column: <c>column 5: unclosed '('</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"column {Position + 1}: {Message}");
}
