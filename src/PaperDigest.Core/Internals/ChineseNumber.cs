namespace PaperDigest.Internals;

/// <summary>Chinese numerals of list numbering, 1 to 99: <c>一</c>, <c>十</c>, <c>十二</c>, <c>二十</c>, <c>九十九</c>.</summary>
internal static class ChineseNumber
{
    private const string Digits = "一二三四五六七八九";

    /// <summary>Reads the numeral at the start of <paramref name="text"/>; <paramref name="length"/> is how many characters it takes.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, out int value, out int length)
    {
        value = length = 0;
        var tens = 0;
        if (text.Length > 1 && Digit(text[0]) is var d and > 0 && text[1] == '十')
        {
            (tens, length) = (d, 2);
        }
        else if (text.Length > 0 && text[0] == '十')
        {
            (tens, length) = (1, 1);
        }

        var ones = length < text.Length ? Digit(text[length]) : 0;
        length += ones > 0 ? 1 : 0;
        value = (tens * 10) + ones;
        return value > 0;
    }

    private static int Digit(char c) => Digits.IndexOf(c) + 1;
}
