using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>
/// Names a record's label by the label table: the whole label, else its head (an English phrase's last word, a
/// Chinese compound's last part: <c>Core contribution</c>, <c>Key caveat</c>, <c>研究背景</c>), else its first part
/// (<c>方法创新</c>, <c>结论意义</c>). A label nothing names stays a field under its own name.
/// </summary>
internal static class SlotNames
{
    private const int MaxCjkPart = 4;

    public static bool TryName(string label, out LabelMatch match)
    {
        var text = label.AsSpan().Trim();
        if (IsWhole(text, out match))
        {
            return true;
        }

        if (SlotContent.IsMostlyCjk(text))
        {
            for (var length = Math.Min(MaxCjkPart, text.Length - 1); length >= 2; length--)
            {
                if (IsWhole(text[^length..], out match) || IsWhole(text[..length], out match))
                {
                    return true;
                }
            }

            return false;
        }

        var lastSpace = text.LastIndexOfAny(' ', '-');
        var firstSpace = text.IndexOfAny(' ', '-');
        return (lastSpace > 0 && IsWhole(text[(lastSpace + 1)..], out match)) || (firstSpace > 0 && IsWhole(text[..firstSpace], out match));
    }

    private static bool IsWhole(ReadOnlySpan<char> label, out LabelMatch match) =>
        LabelTable.TryMatch(label, LabelGroups.All, out match) && match.ContentStart >= label.Length;
}
