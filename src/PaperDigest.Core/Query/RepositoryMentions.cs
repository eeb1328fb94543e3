namespace PaperDigest.Query;

/// <summary>
/// Ties an entry that links nothing to a repository other entries link, when its text names the repository
/// the way articles about a paper do: the repository name as a whole word at least twice and its owner
/// (<c>deepseek-ai</c> read as <c>deepseek</c>) at least once. One pass over each candidate's words.
/// </summary>
internal sealed class RepositoryMentions
{
    private const int MinNameLength = 4;
    private const int MinNameMentions = 2;

    private static readonly System.Buffers.SearchValues<char> WordChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    private readonly Dictionary<string, List<(string Owner, string Key)>> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public RepositoryMentions(IEnumerable<string> keys)
    {
        foreach (var key in keys.Where(k => k.StartsWith(PaperKeys.GitHubPrefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            var repository = key.AsSpan(PaperKeys.GitHubPrefix.Length);
            var slash = repository.IndexOf('/');
            var owner = OwnerStem(repository[..slash]);
            var name = repository[(slash + 1)..].ToString();
            if (name.Length >= MinNameLength && owner.Length > 0 && !name.AsSpan().ContainsAnyExcept(WordChars))
            {
                (_byName.TryGetValue(name, out var list) ? list : _byName[name] = []).Add((owner, key));
                _words.Add(name);
                _words.Add(owner);
            }
        }
    }

    public bool IsEmpty => _byName.Count == 0;

    /// <summary>The repository keys <paramref name="entry"/> names without linking.</summary>
    public IEnumerable<string> Find(CorpusEntry entry)
    {
        var words = WordCounts(entry);
        foreach (var (name, repositories) in _byName)
        {
            if (words.GetValueOrDefault(name) < MinNameMentions)
            {
                continue;
            }

            foreach (var (owner, key) in repositories)
            {
                if (words.ContainsKey(owner))
                {
                    yield return key;
                }
            }
        }
    }

    // Counts only the words that name a repository or an owner: no string per word of the text.
    private Dictionary<string, int> WordCounts(CorpusEntry entry)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var interesting = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var field in entry.Text.Fields)
        {
            var text = field.Folded.AsSpan();
            var i = 0;
            while (i < text.Length)
            {
                var start = text[i..].IndexOfAny(WordChars);
                if (start < 0)
                {
                    break;
                }

                start += i;
                var length = text[start..].IndexOfAnyExcept(WordChars);
                var end = length < 0 ? text.Length : start + length;
                if (interesting.TryGetValue(text[start..end], out var word))
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }

                i = end;
            }
        }

        return counts;
    }

    // "deepseek-ai" -> "deepseek": organizations add suffixes their articles leave out.
    private static string OwnerStem(ReadOnlySpan<char> owner)
    {
        var cut = owner.IndexOfAny('-', '_');
        return (cut > 0 ? owner[..cut] : owner).ToString();
    }
}
