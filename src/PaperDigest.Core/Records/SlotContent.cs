using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>Types an unlabelled line by its content: an author list, a line of subject categories, a title in the other script.</summary>
internal static class SlotContent
{
    private const int MaxAlternateTitleLength = 300;

    public static RecordSlotKind Classify(ReadOnlySpan<char> line, bool titleIsCjk, bool firstText)
    {
        if (IsCategoryLine(line))
        {
            return RecordSlotKind.Categories;
        }

        if (TryReadAuthors(line, out _))
        {
            return RecordSlotKind.Authors;
        }

        return firstText && IsAlternateTitle(line, titleIsCjk) ? RecordSlotKind.AlternateTitle : RecordSlotKind.Text;
    }

    /// <summary>An author list of two or more names; a list cut short (<c>A, B, Ji...</c>) keeps its whole names.</summary>
    public static bool TryReadAuthors(ReadOnlySpan<char> line, out string[] names)
    {
        var text = line.Trim();
        var cut = text.EndsWith("...", StringComparison.Ordinal) ? 3 : text.EndsWith('…') ? 1 : 0;
        if (cut > 0)
        {
            var lastSeparator = text[..^cut].LastIndexOfAny(',', '，');
            text = lastSeparator > 0 ? text[..lastSeparator] : [];
        }

        return AuthorNames.TryRead(text, out names) && names.Length >= 2 && Array.TrueForAll(names, HasLetterRun);
    }

    // A Latin name, or a CJK name of two to four characters (a phrase between commas is not a name).
    private static bool HasLetterRun(string name) =>
        name.Length >= 2 && char.IsLetter(name[0]) && (!IsMostlyCjk(name) || name.Length <= 4);

    /// <summary><c>cs.CL cs.AI</c>, <c>cs.RO, cs.CV</c>: every word an arXiv subject class.</summary>
    public static bool IsCategoryLine(ReadOnlySpan<char> line)
    {
        var any = false;
        foreach (var range in line.SplitAny(' ', ',', '，', ';'))
        {
            var word = line[range].Trim();
            if (word.IsEmpty)
            {
                continue;
            }

            if (!IsCategory(word))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>An arXiv subject class: <c>cs.CL</c>, <c>eess.IV</c>, <c>q-bio.NC</c>, <c>stat.ML</c>.</summary>
    public static bool IsCategory(ReadOnlySpan<char> word)
    {
        var dot = word.IndexOf('.');
        if (dot < 2 || dot > 8 || word.Length - dot - 1 is < 2 or > 3)
        {
            return false;
        }

        foreach (var c in word[..dot])
        {
            if (!char.IsAsciiLetterLower(c) && c != '-')
            {
                return false;
            }
        }

        foreach (var c in word[(dot + 1)..])
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether most letters of <paramref name="text"/> are CJK.</summary>
    public static bool IsMostlyCjk(ReadOnlySpan<char> text)
    {
        int cjk = 0, latin = 0;
        foreach (var c in text)
        {
            if (Internals.HanText.IsHan(c))
            {
                cjk++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // A CJK character carries about as much as a Latin word of five letters.
        return cjk * 5 > latin;
    }

    // The title again in the other script: short, no sentence end, not a label.
    private static bool IsAlternateTitle(ReadOnlySpan<char> line, bool titleIsCjk)
    {
        var text = line.Trim();
        return text.Length is > 3 and <= MaxAlternateTitleLength && titleIsCjk != IsMostlyCjk(text)
            && !LineShape.EndsLikeSentence(text) && text.IndexOfAny('。', '！', '？') < 0 && char.IsLetter(text[0]);
    }
}
