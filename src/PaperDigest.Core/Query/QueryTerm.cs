using PaperDigest.Query;

namespace PaperDigest;

/// <summary>A bare word or a quoted phrase, searched in the entry's text.</summary>
/// <param name="Text">The word or phrase, without quotes.</param>
/// <param name="IsPhrase">Whether it was quoted.</param>
public sealed record QueryTerm(string Text, bool IsPhrase) : QueryExpression
{
    /// <inheritdoc/>
    public override string ToString() => IsPhrase || QueryText.NeedsQuotes(Text, asWord: true) ? QueryText.Quote(Text) : Text;
}
