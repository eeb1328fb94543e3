using PaperDigest.Internals;

namespace PaperDigest.Evaluation;

/// <summary>
/// One expected text fact of a gold file: the exact text, a prefix and/or suffix, or only whether the
/// text is there. Gold files hold facts, not copies, so long fields are usually given by their first characters.
/// </summary>
public readonly record struct GoldText
{
    /// <summary>The whole expected text, when the gold file gives it.</summary>
    public string? Exact { get; init; }

    /// <summary>The characters the text starts with, when the gold file gives them.</summary>
    public string? Prefix { get; init; }

    /// <summary>The characters the text ends with, when the gold file gives them.</summary>
    public string? Suffix { get; init; }

    /// <summary>
    /// <see langword="true"/>: some non-blank text is expected; <see langword="false"/>: none is;
    /// <see langword="null"/> when <see cref="Exact"/>, <see cref="Prefix"/> or <see cref="Suffix"/> say more.
    /// </summary>
    public bool? Present { get; init; }

    /// <summary>A fact stating the exact text.</summary>
    /// <param name="text">The expected text.</param>
    /// <returns>The fact.</returns>
    public static GoldText Is(string text) => new() { Exact = text };

    /// <summary>A fact stating how the text starts and/or ends.</summary>
    /// <param name="prefix">The expected first characters, or <see langword="null"/>.</param>
    /// <param name="suffix">The expected last characters, or <see langword="null"/>.</param>
    /// <returns>The fact.</returns>
    public static GoldText Affixes(string? prefix, string? suffix = null) => new() { Prefix = prefix, Suffix = suffix };

    /// <summary>A fact stating only whether non-blank text is there.</summary>
    /// <param name="present">Whether text is expected.</param>
    /// <returns>The fact.</returns>
    public static GoldText IsPresent(bool present = true) => new() { Present = present };

    /// <summary>Whether <paramref name="value"/> satisfies the fact character for character.</summary>
    /// <param name="value">The parsed text, or <see langword="null"/> when the parse has none.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool Matches(string? value) => Test(value, soft: false);

    /// <summary>
    /// Whether <paramref name="value"/> satisfies the fact after soft folding of both sides (NFKC, lower
    /// case, no white space, CJK punctuation as ASCII, symbols such as emoji dropped).
    /// </summary>
    /// <param name="value">The parsed text, or <see langword="null"/> when the parse has none.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool SoftMatches(string? value) => Test(value, soft: true);

    private bool Test(string? value, bool soft)
    {
        var hasText = !string.IsNullOrWhiteSpace(value);
        if (Present is { } present && Exact is null && Prefix is null && Suffix is null)
        {
            return present == hasText;
        }

        if (!hasText)
        {
            return false;
        }

        var actual = soft ? SoftFolding.Fold(value!) : value!;
        return Exact is null
            ? (Prefix is null || actual.StartsWith(Fold(Prefix, soft), StringComparison.Ordinal))
                && (Suffix is null || actual.EndsWith(Fold(Suffix, soft), StringComparison.Ordinal))
            : string.Equals(actual, Fold(Exact, soft), StringComparison.Ordinal);
    }

    private static string Fold(string text, bool soft) => soft ? SoftFolding.Fold(text) : text;

    /// <inheritdoc />
    public override string ToString() =>
        Exact ?? (Prefix is null && Suffix is null ? (Present == false ? "(absent)" : "(present)") : $"{Prefix}…{Suffix}");
}
