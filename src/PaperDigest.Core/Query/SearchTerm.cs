namespace PaperDigest.Query;

/// <summary>
/// A folded search term. Latin edges must sit on word boundaries (<c>rl</c> does not match inside
/// <c>world</c>); CJK edges match anywhere, since Chinese text has no word separators.
/// </summary>
internal sealed class SearchTerm
{
    // Enough occurrences to rank by; counting further only costs time.
    private const int MaxCounted = 32;

    public SearchTerm(string text)
    {
        Text = text;
        // A phrase typed with extra spaces still matches text with single ones.
        Folded = string.Join(' ', SearchFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        CheckStart = Folded.Length > 0 && SearchFolding.IsWordChar(Folded[0]);
        CheckEnd = Folded.Length > 0 && SearchFolding.IsWordChar(Folded[^1]);
    }

    public string Text { get; }

    public string Folded { get; }

    private bool CheckStart { get; }

    private bool CheckEnd { get; }

    public bool OccursIn(EntryText text, bool titlesOnly)
    {
        foreach (var field in text.Fields)
        {
            if ((!titlesOnly || field.IsTitle) && Next(field.Folded, 0) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Occurrences in <paramref name="field"/> (at most a few dozen); the first few are added to <paramref name="matches"/>.</summary>
    public int Count(SearchableField field, List<TextMatch> matches, int maxMatches)
    {
        var count = 0;
        for (var at = Next(field.Folded, 0); at >= 0 && count < MaxCounted; at = Next(field.Folded, at + Folded.Length))
        {
            if (matches.Count < maxMatches)
            {
                matches.Add(new TextMatch(field.Name, at, Folded.Length));
            }

            count++;
        }

        return count;
    }

    private int Next(string folded, int start)
    {
        if (Folded.Length == 0)
        {
            return -1;
        }

        while (start <= folded.Length - Folded.Length)
        {
            var at = folded.AsSpan(start).IndexOf(Folded, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            at += start;
            if (OnBoundaries(folded, at))
            {
                return at;
            }

            start = at + 1;
        }

        return -1;
    }

    private bool OnBoundaries(string folded, int at) =>
        (!CheckStart || at == 0 || !SearchFolding.IsWordChar(folded[at - 1])) &&
        (!CheckEnd || at + Folded.Length == folded.Length || !SearchFolding.IsWordChar(folded[at + Folded.Length]));
}
