using System.Text.Json.Serialization;
using PaperDigest.Serialization;

namespace PaperDigest;

/// <summary>
/// The key of a labelled field in <see cref="DigestEntry.Fields"/>. Well-known fields are static
/// members; a label the parser does not know is kept as a field named after the label itself.
/// </summary>
/// <remarks>Comparison is ordinal and case-insensitive on <see cref="Name"/>.</remarks>
[JsonConverter(typeof(EntryFieldJsonConverter))]
public readonly struct EntryField : IEquatable<EntryField>
{
    private readonly string? _name;

    /// <summary>Creates a field key with the given name.</summary>
    /// <param name="name">The field name: a well-known camelCase name or a raw label.</param>
    public EntryField(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
    }

    /// <summary>The field name: camelCase for well-known fields (<c>motivation</c>), the raw label otherwise.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Why the work was done (<c>研究动机</c>).</summary>
    public static EntryField Motivation { get; } = new("motivation");

    /// <summary>The problem it solves (<c>解决问题</c>).</summary>
    public static EntryField Problem { get; } = new("problem");

    /// <summary>The analysis or findings that motivate the method (<c>现象分析</c>).</summary>
    public static EntryField Analysis { get; } = new("analysis");

    /// <summary>The method (<c>主要方法</c>).</summary>
    public static EntryField Method { get; } = new("method");

    /// <summary>Data and experiments (<c>数据与实验</c>).</summary>
    public static EntryField Experiments { get; } = new("experiments");

    /// <summary>The contributions (<c>主要贡献</c>).</summary>
    public static EntryField Contributions { get; } = new("contributions");

    /// <summary>The limitations (<c>局限性</c>).</summary>
    public static EntryField Limitations { get; } = new("limitations");

    /// <summary>The conclusion (<c>结论</c>, <c>Conclusion:</c>), which some generators write after the results.</summary>
    public static EntryField Conclusion { get; } = new("conclusion");

    /// <summary>The key points or highlights of a paper, usually a short list (<c>核心要点</c>, <c>Key points</c>).</summary>
    public static EntryField Highlights { get; } = new("highlights");

    /// <summary>Where the work can be applied (<c>应用场景</c>, <c>Applications</c>).</summary>
    public static EntryField Applications { get; } = new("applications");

    /// <summary>The arXiv comment or an editor's note (<c>备注</c>, <c>Comments:</c>): pages, venue, code location.</summary>
    public static EntryField Comment { get; } = new("comment");

    /// <summary>
    /// A translation of the abstract (<c>摘要（中文）</c>, <c>中文摘要</c>) when the paper also gives the original:
    /// <see cref="DigestEntry.Abstract"/> holds the abstract as the authors wrote it.
    /// </summary>
    public static EntryField TranslatedAbstract { get; } = new("translatedAbstract");

    /// <summary>The six fields every catalog paper carries, in catalog order.</summary>
    public static IReadOnlyList<EntryField> CatalogFields { get; } =
        [Motivation, Problem, Analysis, Method, Experiments, Contributions];

    /// <summary>Whether this is one of the well-known fields.</summary>
    public bool IsWellKnown => Array.IndexOf(WellKnown, this) >= 0;

    /// <summary>Every well-known field: the six catalog fields first, then the ones some generators add.</summary>
    internal static EntryField[] WellKnown { get; } =
        [Motivation, Problem, Analysis, Method, Experiments, Contributions, Limitations, Conclusion, Highlights, Applications, Comment, TranslatedAbstract];

    /// <inheritdoc />
    public bool Equals(EntryField other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EntryField other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Compares two field keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when the names are equal ignoring case.</returns>
    public static bool operator ==(EntryField left, EntryField right) => left.Equals(right);

    /// <summary>Compares two field keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when the names differ.</returns>
    public static bool operator !=(EntryField left, EntryField right) => !left.Equals(right);
}
