namespace PaperDigest;

/// <summary>Entries the operand does not match (<c>NOT x</c> or <c>-x</c>).</summary>
/// <param name="Operand">The negated expression.</param>
public sealed record QueryNot(QueryExpression Operand) : QueryExpression
{
    /// <inheritdoc/>
    public override string ToString() => Operand switch
    {
        QueryTerm or QueryFilter => "-" + Operand,
        QueryNot => "NOT " + Operand,
        _ => "NOT (" + Operand + ")",
    };
}
