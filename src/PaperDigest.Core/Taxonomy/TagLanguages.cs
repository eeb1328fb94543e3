namespace PaperDigest;

/// <summary>The language tags preferred labels are kept under (BCP 47).</summary>
public static class TagLanguages
{
    /// <summary>English: <c>en</c>.</summary>
    public const string English = "en";

    /// <summary>Simplified Chinese: <c>zh-Hans</c>.</summary>
    public const string SimplifiedChinese = "zh-Hans";

    /// <summary>Traditional Chinese: <c>zh-Hant</c>.</summary>
    public const string TraditionalChinese = "zh-Hant";

    /// <summary>The three languages every built-in concept has a preferred label in.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [English, SimplifiedChinese, TraditionalChinese];

    /// <summary>
    /// Maps a language tag to the one labels are stored under: <c>zh</c>, <c>zh-CN</c>, <c>zh-SG</c> to
    /// <c>zh-Hans</c>; <c>zh-TW</c>, <c>zh-HK</c>, <c>zh-MO</c> to <c>zh-Hant</c>; <c>en-US</c> and the like to <c>en</c>.
    /// Other tags are returned as given.
    /// </summary>
    /// <param name="language">A language tag, any case.</param>
    /// <returns>The tag labels are stored under.</returns>
    public static string Canonicalize(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var tag = language.Trim().Replace('_', '-');
        if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return tag.Contains("hant", StringComparison.OrdinalIgnoreCase)
                || tag.EndsWith("-tw", StringComparison.OrdinalIgnoreCase)
                || tag.EndsWith("-hk", StringComparison.OrdinalIgnoreCase)
                || tag.EndsWith("-mo", StringComparison.OrdinalIgnoreCase)
                ? TraditionalChinese
                : SimplifiedChinese;
        }

        return tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? English
            : tag;
    }
}
