namespace PaperDigest;

/// <summary>Entries every operand matches (juxtaposition or <c>AND</c>); operands are never themselves <see cref="QueryAnd"/>.</summary>
/// <param name="Operands">Two or more operands.</param>
public sealed record QueryAnd(IReadOnlyList<QueryExpression> Operands) : QueryExpression
{
    /// <summary>Equal when the operands are equal, in order.</summary>
    /// <param name="other">The node to compare with.</param>
    public bool Equals(QueryAnd? other) => base.Equals(other) && Operands.SequenceEqual(other.Operands);

    /// <inheritdoc/>
    public override int GetHashCode() => Operands.Aggregate(base.GetHashCode(), HashCode.Combine);

    /// <inheritdoc/>
    public override string ToString() => string.Join(' ', Operands.Select(o => o is QueryOr ? "(" + o + ")" : o.ToString()));
}
