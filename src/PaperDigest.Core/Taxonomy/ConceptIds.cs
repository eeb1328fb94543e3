using System.Text;

namespace PaperDigest.Taxonomy;

/// <summary>Concept ids made from normalized keys: <c>visual question answering</c> becomes <c>visual-question-answering</c>.</summary>
internal static class ConceptIds
{
    /// <summary>The kebab-case id for <paramref name="key"/>; <see langword="null"/> when it has no ASCII letter or digit (a Chinese key).</summary>
    public static string? FromKey(string key)
    {
        var id = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                id.Append(c);
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        var text = id.ToString().Trim('-');
        return TagConcept.IsValidId(text) && !HasNonAsciiLetter(key) ? text : null;
    }

    private static bool HasNonAsciiLetter(string key)
    {
        foreach (var c in key)
        {
            if (c > 0x7F && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
