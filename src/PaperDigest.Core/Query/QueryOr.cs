namespace PaperDigest;

/// <summary>Entries any operand matches (<c>OR</c>); operands are never themselves <see cref="QueryOr"/>.</summary>
/// <param name="Operands">Two or more operands.</param>
public sealed record QueryOr(IReadOnlyList<QueryExpression> Operands) : QueryExpression
{
    /// <summary>Equal when the operands are equal, in order.</summary>
    /// <param name="other">The node to compare with.</param>
    public bool Equals(QueryOr? other) => base.Equals(other) && Operands.SequenceEqual(other.Operands);

    /// <inheritdoc/>
    public override int GetHashCode() => Operands.Aggregate(base.GetHashCode(), HashCode.Combine);

    /// <inheritdoc/>
    public override string ToString() => string.Join(" OR ", Operands.Select(o => o.ToString()));
}
