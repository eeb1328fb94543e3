namespace PaperDigest.Export;

/// <summary>
/// Splits a name (<see cref="PersonName.Parse"/>): <c>Family, Given</c> at its comma; <c>Given … Family</c> at its last
/// word, taking the particles before it (<c>van der</c>, <c>de la</c>, <c>di</c>, <c>Le</c>) into the family and a
/// generational suffix (<c>Jr.</c>, <c>III</c>) out of it. A name with CJK characters, of one word, or naming a group
/// (<c>… Team</c>, <c>… Group</c>) stays whole.
/// </summary>
internal static class PersonNameParser
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "ur", "st.", "zu", "af", "av",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    private static readonly string[] GroupWords = ["Team", "Group", "Consortium", "Collaboration", "Lab", "Laboratory", "Network", "Project", "Committee", "Initiative", "Inc.", "Ltd."];

    public static PersonName Parse(string name)
    {
        if (name.Length == 0 || HasCjk(name) || IsGroup(name))
        {
            return Whole(name);
        }

        var comma = name.IndexOf(',');
        if (comma > 0)
        {
            var family = name[..comma].Trim();
            var rest = name[(comma + 1)..].Trim();
            var restComma = rest.IndexOf(',');
            var suffix = restComma > 0 ? rest[(restComma + 1)..].Trim() : null;
            var given = restComma > 0 ? rest[..restComma].Trim() : rest;
            return family.Length == 0 || given.Length == 0 ? Whole(name) : new PersonName(family, given, string.IsNullOrEmpty(suffix) ? null : suffix);
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        string? generational = null;
        if (words.Count > 2 && Suffixes.Contains(words[^1].TrimEnd(',')))
        {
            generational = words[^1];
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count < 2)
        {
            return Whole(name);
        }

        // The family name is the last word with the particles right before it; the given names keep at least one word.
        var start = words.Count - 1;
        while (start > 1 && Particles.Contains(words[start - 1]))
        {
            start--;
        }

        return new PersonName(string.Join(' ', words.Skip(start)), string.Join(' ', words.Take(start)), generational);
    }

    private static PersonName Whole(string name) => new(null, null, null, name);

    private static bool IsGroup(string name) =>
        GroupWords.Any(word => name.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase) || name.Contains(" " + word + " ", StringComparison.OrdinalIgnoreCase));

    // Han, kana and Hangul: such names are written family-first without spaces; they stay whole.
    private static bool HasCjk(string name)
    {
        foreach (var c in name)
        {
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF'))
            {
                return true;
            }
        }

        return false;
    }
}
