using PaperDigest.Query;

namespace PaperDigest;

/// <summary>A <c>field:value</c> filter such as <c>tag:rlvr</c> or <c>category:"推理与思维链"</c>.</summary>
/// <param name="Field">The field.</param>
/// <param name="Value">The value, without quotes; <c>has:</c> and <c>format:</c> values lower-cased, <c>lang:</c> values canonical.</param>
public sealed record QueryFilter(QueryField Field, string Value) : QueryExpression
{
    /// <inheritdoc/>
    public override string ToString() =>
        QueryText.FieldName(Field) + ":" + (QueryText.NeedsQuotes(Value, asWord: false) ? QueryText.Quote(Value) : Value);
}
