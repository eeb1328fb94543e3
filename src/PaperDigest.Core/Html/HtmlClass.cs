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
            var end = classes.IndexOfAny(Whitespace);
            var token = end < 0 ? classes : classes[..end];
            if (token.SequenceEqual(name))
            {
                return true;
            }

            classes = end < 0 ? [] : classes[end..];
        }

        return false;
    }

    // HTML's ASCII white space, the separators of a class attribute.
    private const string Whitespace = " \t\n\f\r";
}
