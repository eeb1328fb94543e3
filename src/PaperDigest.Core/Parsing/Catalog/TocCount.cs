namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// A table-of-contents line that declares a section's size: <c>- [cs.CV](#cs.CV) [Total: 52]</c>. The section the
/// anchor names is checked against that count when its heading carries none.
/// </summary>
internal static class TocCount
{
    private const string Total = "Total:";

    public static bool TryRead(ReadOnlySpan<char> line, out string name, out int count)
    {
        name = "";
        count = 0;
        var text = line.Trim().TrimStart("-*+ ").Trim();
        var close = text.IndexOf("](#", StringComparison.Ordinal);
        var total = text.IndexOf(Total, StringComparison.OrdinalIgnoreCase);
        if (!text.StartsWith('[') || close < 2 || total < close)
        {
            return false;
        }

        var digits = text[(total + Total.Length)..].TrimStart();
        var length = digits.IndexOfAnyExceptInRange('0', '9');
        length = length < 0 ? digits.Length : length;
        if (length is 0 or > 6)
        {
            return false;
        }

        name = text[1..close].Trim().ToString();
        count = int.Parse(digits[..length], System.Globalization.CultureInfo.InvariantCulture);
        return name.Length > 0;
    }
}
