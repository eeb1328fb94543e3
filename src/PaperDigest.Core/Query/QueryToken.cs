namespace PaperDigest.Query;

/// <summary>
/// One token: its kind, text (a word, a phrase without quotes, or a field value), the field of a
/// <see cref="QueryTokenKind.Field"/> token and the position it starts at. <c>-</c> before a term is a
/// <see cref="QueryTokenKind.Not"/> token whose <see cref="Text"/> is <c>-</c>.
/// </summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Position, QueryField Field = default)
{
    public bool StartsOperand => Kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Field
        or QueryTokenKind.OpenParen or QueryTokenKind.Not;
}
