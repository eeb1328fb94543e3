using System.Collections.Frozen;
using System.Globalization;

namespace PaperDigest.Internals;

/// <summary>
/// NFKC compatibility folding per code point (full-width <c>Ｌ</c> to <c>L</c>, ideographic space to
/// space, ligatures, circled digits), from an embedded table so keys are the same on every machine:
/// <see cref="string.Normalize()"/> needs ICU and does nothing to non-ASCII text in invariant mode.
/// </summary>
internal static class CompatibilityFolding
{
    private static readonly FrozenDictionary<char, string> Table = Load();

    /// <summary>The folded form of <paramref name="c"/>, or <see langword="null"/> when it folds to itself.</summary>
    public static string? Fold(char c) => c < 0x80 ? null : Table.GetValueOrDefault(c);

    private static FrozenDictionary<char, string> Load()
    {
        var table = new Dictionary<char, string>();
        foreach (var (key, value) in EmbeddedTables.Read("PaperDigest.Taxonomy.nfkc-fold.txt"))
        {
            var units = value.Split(' ');
            var chars = new char[units.Length];
            for (var i = 0; i < units.Length; i++)
            {
                chars[i] = (char)ushort.Parse(units[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            table[(char)ushort.Parse(key, NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = new string(chars);
        }

        return table.ToFrozenDictionary();
    }
}
