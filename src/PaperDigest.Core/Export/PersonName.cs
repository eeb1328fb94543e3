namespace PaperDigest;

/// <summary>
/// An author's name split as reference managers and citation styles want it: a Western name into its family and
/// given parts (<c>Barnaby van Straaten</c>: family <c>van Straaten</c>, given <c>Barnaby</c>), a name in Chinese,
/// Japanese or Korean script, a single word or a group kept whole as a <see cref="Literal"/> (<c>张三</c>,
/// <c>RHSCIR Network Imaging Group</c>).
/// </summary>
/// <param name="Family">The family name with its particles (<c>van der Zwaag</c>, <c>De La Fuente</c>); <see langword="null"/> for a literal.</param>
/// <param name="Given">The given names and initials (<c>Christopher K. I.</c>); <see langword="null"/> for a literal.</param>
/// <param name="Suffix">A generational suffix (<c>Jr.</c>, <c>II</c>), or <see langword="null"/>.</param>
/// <param name="Literal">The whole name where it is not split, else <see langword="null"/>.</param>
public sealed record PersonName(string? Family, string? Given, string? Suffix = null, string? Literal = null)
{
    /// <summary>Whether the name is kept whole (<see cref="Literal"/>).</summary>
    public bool IsLiteral => Literal is not null;

    /// <summary>Splits one author name as written in a digest (<c>Given Family</c> or <c>Family, Given</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The split name; a literal where the name cannot be split by its script or shape.</returns>
    public static PersonName Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Export.PersonNameParser.Parse(name.Trim());
    }

    /// <summary>The name as written: <c>Given Family Suffix</c>, or the literal.</summary>
    /// <returns>The name.</returns>
    public override string ToString() =>
        Literal ?? string.Join(' ', new[] { Given, Family, Suffix }.Where(p => !string.IsNullOrEmpty(p)));
}
