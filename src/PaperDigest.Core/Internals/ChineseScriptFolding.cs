using System.Collections.Frozen;

namespace PaperDigest.Internals;

/// <summary>
/// Traditional-to-Simplified Chinese folding with OpenCC's phrase and character tables (Apache-2.0,
/// embedded with their license): at each position the longest phrase wins, then the single character,
/// as OpenCC's own <c>t2s</c> conversion does.
/// </summary>
internal static class ChineseScriptFolding
{
    private static readonly Tables Data = Load();

    /// <summary>Whether <paramref name="text"/> holds a character that may need folding (anything from the CJK blocks up).</summary>
    public static bool MayNeedFolding(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u2E80', '\uFFFF');

    /// <summary>Appends <paramref name="text"/> to <paramref name="output"/> with Traditional characters folded to Simplified.</summary>
    public static void AppendFolded(scoped ReadOnlySpan<char> text, ref CharBuffer output)
    {
        var lookup = Data.Map.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < '\u2E80')
            {
                output.Append(text[i++]);
                continue;
            }

            var matched = 0;
            for (var length = Math.Min(Data.MaxKeyLength, text.Length - i); length > 0; length--)
            {
                if (lookup.TryGetValue(text.Slice(i, length), out var simplified))
                {
                    output.Append(simplified);
                    matched = length;
                    break;
                }
            }

            if (matched == 0)
            {
                output.Append(text[i]);
                matched = 1;
            }

            i += matched;
        }
    }

    /// <summary>
    /// The single-character mapping of <paramref name="c"/>, or <paramref name="c"/> itself: folding that keeps
    /// every offset, for text search whose matches point back into the original text.
    /// </summary>
    public static char FoldChar(char c) => c < '\u2E80' ? c : Data.Chars.GetValueOrDefault(c, c);

    /// <summary>Folds a whole string (allocates; for labels and tests).</summary>
    public static string Fold(string text)
    {
        if (!MayNeedFolding(text))
        {
            return text;
        }

        var output = new CharBuffer(stackalloc char[128]);
        try
        {
            AppendFolded(text, ref output);
            return output.Written.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    private static Tables Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var maxKeyLength = 1;
        foreach (var (key, value) in EmbeddedTables.Read("PaperDigest.Taxonomy.opencc-t2s.txt"))
        {
            // Phrases come first in the file; a later single-character entry never overrides one.
            if (map.TryAdd(key, value))
            {
                maxKeyLength = Math.Max(maxKeyLength, key.Length);
            }
        }

        var chars = map.Where(p => p.Key.Length == 1 && p.Value.Length == 1).ToFrozenDictionary(p => p.Key[0], p => p.Value[0]);
        return new Tables(map.ToFrozenDictionary(StringComparer.Ordinal), maxKeyLength, chars);
    }

    private sealed record Tables(FrozenDictionary<string, string> Map, int MaxKeyLength, FrozenDictionary<char, char> Chars);
}
