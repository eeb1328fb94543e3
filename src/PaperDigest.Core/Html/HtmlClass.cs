using System.Buffers;
using AngleSharp.Dom;

namespace PaperDigest.Html;

/// <summary>Class-name tests on the raw <c>class</c> attribute: AngleSharp's <c>ClassList</c> builds a token list per element.</summary>
internal static class HtmlClass
{
    /// <summary>Whether <paramref name="element"/>'s class attribute holds <paramref name="name"/> as a whole token.</summary>
    public static bool Has(IElement element, string name) => Has(element.ClassName, name);

    /// <summary>Whether the class attribute value <paramref name="classes"/> holds <paramref name="name"/> as a whole token.</summary>
    public static bool Has(ReadOnlySpan<char> classes, string name)
    {
        while (!classes.IsEmpty)
        {
            classes = classes.TrimStart(Whitespace);
            var end = classes.IndexOfAny(WhitespaceChars);
            var token = end < 0 ? classes : classes[..end];
            if (token.SequenceEqual(name))
            {
                return true;
            }

            classes = end < 0 ? [] : classes[end..];
        }

        return false;
    }

    /// <summary>
    /// Reads the next <c>class</c> attribute's value from raw markup (double-, single- or unquoted) and moves
    /// <paramref name="html"/> past it; detection counts classes this way without building a DOM.
    /// </summary>
    public static bool TryReadNext(ref ReadOnlySpan<char> html, out ReadOnlySpan<char> classes)
    {
        classes = default;
        while (true)
        {
            var at = html.IndexOf("class", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                html = [];
                return false;
            }

            var isAttributeName = at > 0 && Whitespace.Contains(html[at - 1]);
            html = html[(at + "class".Length)..];
            var rest = html.TrimStart(Whitespace);
            if (!isAttributeName || rest.IsEmpty || rest[0] != '=')
            {
                continue;
            }

            rest = rest[1..].TrimStart(Whitespace);
            if (rest.IsEmpty)
            {
                html = [];
                return false;
            }

            var quoted = rest[0] is '"' or '\'';
            var value = quoted ? rest[1..] : rest;
            var end = quoted ? value.IndexOf(rest[0]) : value.IndexOfAny(UnquotedEnd);
            classes = end < 0 ? value : value[..end];
            html = end < 0 ? [] : value[(end + (quoted ? 1 : 0))..];
            return true;
        }
    }

    // HTML's ASCII white space, the separators of a class attribute.
    private const string Whitespace = " \t\n\f\r";

    private static readonly SearchValues<char> WhitespaceChars = SearchValues.Create(Whitespace);
    private static readonly SearchValues<char> UnquotedEnd = SearchValues.Create(Whitespace + ">");
}
