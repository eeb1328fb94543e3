namespace PaperDigest.Internals;

/// <summary>
/// <see cref="char.ToUpperInvariant"/> and <see cref="char.ToLowerInvariant"/> with the answer given inline for
/// ASCII and for the CJK blocks, which have no case: the runtime's own path goes through the casing tables for
/// every non-ASCII character, and Chinese text is nearly all non-ASCII. Same results for every character.
/// </summary>
internal static class InvariantCase
{
    // CJK radicals, symbols, kana and ideographs (U+2E80-U+9FFF): no character here has a case mapping.
    private const char CaselessStart = '\u2E80';
    private const char CaselessEnd = '\u9FFF';

    public static char ToUpper(char c) =>
        c < 0x80 ? (char.IsAsciiLetterLower(c) ? (char)(c - 0x20) : c)
        : c is >= CaselessStart and <= CaselessEnd ? c
        : char.ToUpperInvariant(c);

    public static char ToLower(char c) =>
        c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c + 0x20) : c)
        : c is >= CaselessStart and <= CaselessEnd ? c
        : char.ToLowerInvariant(c);
}
