using System.Text.Json.Serialization;
using PaperDigest.Serialization;

namespace PaperDigest;

/// <summary>
/// A digest layout. An open value rather than an enum: the built-in layouts are static members,
/// and a custom parser brings its own with <c>new DigestFormat("weekly-picks")</c>.
/// </summary>
/// <remarks>Names compare ordinal and case-insensitive; the canonical spelling is lower-case kebab-case.</remarks>
[JsonConverter(typeof(DigestFormatJsonConverter))]
public readonly struct DigestFormat : IEquatable<DigestFormat>
{
    private readonly string? _name;

    /// <summary>Creates a format with the given name.</summary>
    /// <param name="name">A short lower-case name such as <c>catalog</c>.</param>
    public DigestFormat(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name.Trim();
    }

    /// <summary>The format name; <c>unknown</c> for the default value.</summary>
    public string Name => _name ?? "unknown";

    /// <summary>No layout fitted the input.</summary>
    public static DigestFormat Unknown { get; } = new("unknown");

    /// <summary>A structured paper catalog: sections of papers with tags, labelled fields and abstracts.</summary>
    public static DigestFormat Catalog { get; } = new("catalog");

    /// <summary>A daily research brief: headline, overview, featured and further items, closing observation.</summary>
    public static DigestFormat Brief { get; } = new("brief");

    /// <summary>A tagged article collection: a tag line, then title and body line pairs.</summary>
    public static DigestFormat Tagged { get; } = new("tagged");

    /// <summary>A blog compilation: <c>#Heading</c> sections with paper metadata lines.</summary>
    public static DigestFormat Blog { get; } = new("blog");

    /// <summary>One long article in plain paragraphs.</summary>
    public static DigestFormat Article { get; } = new("article");

    /// <summary>Whether this is <see cref="Unknown"/>.</summary>
    public bool IsUnknown => Equals(Unknown);

    /// <inheritdoc />
    public bool Equals(DigestFormat other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DigestFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Compares two formats by name.</summary>
    /// <param name="left">The first format.</param>
    /// <param name="right">The second format.</param>
    /// <returns><see langword="true"/> when the names are equal ignoring case.</returns>
    public static bool operator ==(DigestFormat left, DigestFormat right) => left.Equals(right);

    /// <summary>Compares two formats by name.</summary>
    /// <param name="left">The first format.</param>
    /// <param name="right">The second format.</param>
    /// <returns><see langword="true"/> when the names differ.</returns>
    public static bool operator !=(DigestFormat left, DigestFormat right) => !left.Equals(right);
}
