using System.Collections.Frozen;
using PaperDigest.Internals;

namespace PaperDigest.Taxonomy;

/// <summary>
/// Turns the head noun (the last word) of an English tag key into its singular, so <c>large language
/// models</c> and <c>large language model</c>, <c>LLMs</c> and <c>LLM</c> share a key. Only plain
/// lower-case ASCII words of three or more letters change; protected words (<c>bias</c>,
/// <c>series</c>, <c>mlops</c>) and words that only look plural (<c>-ss</c>, <c>-us</c>, <c>-is</c>,
/// <c>-ics</c>) are kept.
/// </summary>
internal static class EnglishSingular
{
    /// <summary>Words that end in <c>s</c> but are not plurals, or whose plural is the same word.</summary>
    public static readonly FrozenSet<string> Protected = FrozenSet.Create(StringComparer.Ordinal,
    [
        "bias", "lens", "news", "series", "species", "gas", "atlas", "alias", "canvas", "chaos", "ethos", "pathos",
        "logos", "cosmos", "kudos", "bayes", "means", "towards", "across", "whereas", "always", "perhaps", "thus",
        "yes", "its", "this", "has", "was", "does", "mlops", "devops", "llmops", "aiops", "ops", "ps", "sos",
    ]);

    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gpus"] = "gpu", ["tpus"] = "tpu", ["cpus"] = "cpu", ["npus"] = "npu", ["indices"] = "index",
        ["matrices"] = "matrix", ["vertices"] = "vertex", ["analyses"] = "analysis", ["hypotheses"] = "hypothesis",
        ["theses"] = "thesis", ["axes"] = "axis", ["criteria"] = "criterion", ["phenomena"] = "phenomenon",
        ["caches"] = "cache", ["niches"] = "niche", ["children"] = "child", ["people"] = "person",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Rewrites the last word of <paramref name="key"/> in place.</summary>
    public static void Apply(ref CharBuffer key)
    {
        var written = key.Written;
        var start = written.LastIndexOf(' ') + 1;
        var word = written[start..];
        if (word.Length < 3 || word.ContainsAnyExceptInRange('a', 'z'))
        {
            return;
        }

        if (Irregular.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var singular))
        {
            key.Truncate(start);
            key.Append(singular);
            return;
        }

        var keep = SingularLength(word);
        if (keep == word.Length - 2 && word.EndsWith("ies"))
        {
            key.Truncate(start + keep);
            key.Set(start + keep - 1, 'y');
            return;
        }

        key.Truncate(start + keep);
    }

    /// <summary>How many leading chars of <paramref name="word"/> its singular keeps (the whole word when it is not a plural).</summary>
    private static int SingularLength(ReadOnlySpan<char> word)
    {
        if (word[^1] != 's' || Protected.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is") || word.EndsWith("ics"))
        {
            return word.Length;
        }

        if (word.EndsWith("ies") && word.Length > 4)
        {
            return word.Length - 2; // "strategies" keeps "strategi", whose last letter becomes 'y'
        }

        if (word.EndsWith("sses") || word.EndsWith("xes") || word.EndsWith("zzes") || word.EndsWith("ches") || word.EndsWith("shes"))
        {
            return word.Length - 2;
        }

        return word.Length - 1;
    }
}
