using System.Globalization;
using System.Text;

namespace PaperDigest.Export.Writers;

/// <summary>
/// Stable, unique citation keys in the usual shape: first author's family name, year, first title word
/// (<c>black2024vision</c>), ASCII only; a key seen before in the same export gets <c>a</c>, <c>b</c>, … appended.
/// </summary>
internal sealed class CitationKeys
{
    private static readonly HashSet<string> Small = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "on", "of", "for", "in", "to", "and", "with", "towards", "toward" };

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    public string Next(PaperRecord paper)
    {
        var author = paper.Authors.FirstOrDefault(a => a.Family is not null)?.Family is { } family ? Ascii(family.Split(' ')[^1]) : string.Empty;
        var word = (paper.Title ?? string.Empty).Split([' ', '-', ':', '/'], StringSplitOptions.RemoveEmptyEntries).Select(Ascii).FirstOrDefault(w => w.Length > 1 && !Small.Contains(w)) ?? string.Empty;
        var year = paper.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var key = (author.Length > 0 ? author : paper.ArxivId is { } id ? "arxiv" + Ascii(id) : "paper") + year + word;
        // The next suffix of this stem that no key so far has taken ("smith2024a" may be a stem of its own).
        var count = _seen.GetValueOrDefault(key);
        var unique = count == 0 ? key : key + Suffix(count);
        while (!_issued.Add(unique))
        {
            unique = key + Suffix(++count);
        }

        _seen[key] = count + 1;
        return unique;
    }

    // 1 -> a, 26 -> z, 27 -> aa.
    private static string Suffix(int count)
    {
        var text = new StringBuilder();
        for (var n = count; n > 0; n = (n - 1) / 26)
        {
            text.Insert(0, (char)('a' + ((n - 1) % 26)));
        }

        return text.ToString();
    }

    private static string Ascii(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
