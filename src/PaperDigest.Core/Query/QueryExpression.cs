namespace PaperDigest;

/// <summary>
/// A node of a parsed query (<see cref="DigestQuery"/>). Nodes compare by content, not by
/// <see cref="Position"/>, and <see cref="ToString"/> gives a canonical query text that parses back to an equal tree.
/// </summary>
public abstract record QueryExpression
{
    /// <summary>Where the node starts in the query text (0-based).</summary>
    public int Position { get; init; }

    /// <summary>Equal when of the same kind; derived records add their own content.</summary>
    /// <param name="other">The node to compare with.</param>
    public virtual bool Equals(QueryExpression? other) => other is not null && EqualityContract == other.EqualityContract;

    /// <inheritdoc/>
    public override int GetHashCode() => EqualityContract.GetHashCode();

    /// <summary>The canonical query text of this node.</summary>
    public abstract override string ToString();
}
