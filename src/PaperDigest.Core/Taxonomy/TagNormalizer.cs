using PaperDigest.Internals;
using PaperDigest.Taxonomy;

namespace PaperDigest;

/// <summary>
/// Turns a raw tag label into the key a <see cref="TagTaxonomy"/> looks it up by. The steps, in order:
/// <list type="number">
/// <item>NFKC compatibility folding per code point (full-width <c>ＬＬＭ</c> to <c>LLM</c>, ideographic space to space),
/// from an embedded Unicode table so the key is the same on every machine;</item>
/// <item>case folding (invariant lower case);</item>
/// <item><c>-</c>, <c>_</c>, dashes and runs of white space become one space;</item>
/// <item>a stray <c>#</c> is dropped (one after a letter, as in <c>C#</c>, is kept), and punctuation around the label
/// is stripped (a closing bracket whose opening bracket is in the label stays);</item>
/// <item>Traditional Chinese folds to Simplified with OpenCC's phrase and character tables (<c>論文</c> to <c>论文</c>);</item>
/// <item>the last English word is made singular (<c>models</c> to <c>model</c>, <c>LLMs</c> to <c>llm</c>), except for
/// protected words such as <c>bias</c> and <c>series</c>, words ending in <c>-ss</c>, <c>-us</c>, <c>-is</c>, <c>-ics</c>, and a last word
/// written in capitals (<c>NAS</c>).</item>
/// </list>
/// No step guesses: two labels share a key only when these rules make them equal.
/// </summary>
public static class TagNormalizer
{
    private const int StackChars = 128;

    /// <summary>The lookup key of <paramref name="label"/>; empty when the label has no letters or digits left.</summary>
    /// <param name="label">A raw label such as <c>#Large-Language Models</c>.</param>
    /// <returns>The key, e.g. <c>large language model</c>.</returns>
    public static string Normalize(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var key = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            Write(label, ref key);
            return key.Written.ToString();
        }
        finally
        {
            key.Dispose();
        }
    }

    /// <summary>Writes the key of <paramref name="label"/> into <paramref name="key"/> (which must be empty).</summary>
    internal static void Write(ReadOnlySpan<char> label, ref CharBuffer key)
    {
        if (ChineseScriptFolding.MayNeedFolding(label))
        {
            var folded = new CharBuffer(stackalloc char[StackChars]);
            try
            {
                FoldAndUnify(label, ref folded);
                ChineseScriptFolding.AppendFolded(folded.Written, ref key);
            }
            finally
            {
                folded.Dispose();
            }
        }
        else
        {
            FoldAndUnify(label, ref key);
        }

        if (!EndsWithCapitalsWord(label))
        {
            EnglishSingular.Apply(ref key); // NAS, GANS and RAS are acronyms, not plurals
        }
    }

    /// <summary>Whether the label's last word is written in capitals only (<c>NAS</c>), so its final S is no plural.</summary>
    private static bool EndsWithCapitalsWord(ReadOnlySpan<char> label)
    {
        label = label.TrimEnd();
        var capitals = 0;
        for (var i = label.Length - 1; i >= 0 && char.IsAsciiLetter(label[i]); i--)
        {
            if (!char.IsAsciiLetterUpper(label[i]))
            {
                return false;
            }

            capitals++;
        }

        return capitals >= 2;
    }

    /// <summary>Steps 1-4: compatibility and case folding, separators, stray <c>#</c> and surrounding punctuation.</summary>
    private static void FoldAndUnify(ReadOnlySpan<char> label, ref CharBuffer output)
    {
        foreach (var c in label)
        {
            if (CompatibilityFolding.Fold(c) is { } folded)
            {
                foreach (var f in folded)
                {
                    AppendUnified(f, ref output);
                }
            }
            else
            {
                AppendUnified(c, ref output);
            }
        }

        TrimEnd(ref output);
        TrimStart(ref output);
    }

    private static void AppendUnified(char c, ref CharBuffer output)
    {
        if (IsSeparator(c))
        {
            if (output.Length > 0 && output.Last != ' ')
            {
                output.Append(' ');
            }

            return;
        }

        if (c == '#' && (output.Length == 0 || !char.IsLetter(output.Last)))
        {
            return; // a hashtag marker, not part of the label
        }

        output.Append(InvariantCase.ToLower(c));
    }

    private static bool IsSeparator(char c) =>
        c is '-' or '_' or '\u00AD' or (>= '\u2010' and <= '\u2015') or '\u2212' || char.IsWhiteSpace(c) || char.IsControl(c);

    // The last '(' and '[' are looked up again only once the trimming passes them, so a label followed by a
    // million ')' trims in linear time.
    private static void TrimEnd(ref CharBuffer output)
    {
        var openParen = output.Written.LastIndexOf('(');
        var openBracket = output.Written.LastIndexOf('[');
        while (output.Length > 0)
        {
            var written = output.Written;
            var last = written[^1];
            var keep = last switch
            {
                ')' => openParen >= 0,
                ']' => openBracket >= 0,
                '#' => written.Length > 1 && char.IsLetter(written[^2]),
                _ => !IsTrimmable(last),
            };
            if (keep)
            {
                return;
            }

            output.Truncate(output.Length - 1);
            written = output.Written;
            openParen = openParen >= written.Length ? written.LastIndexOf('(') : openParen;
            openBracket = openBracket >= written.Length ? written.LastIndexOf('[') : openBracket;
        }
    }

    private static void TrimStart(ref CharBuffer output)
    {
        var written = output.Written;
        var start = 0;
        while (start < written.Length && IsTrimmable(written[start]) && !(written[start] is '(' or '[' && start == 0 && written[^1] is ')' or ']'))
        {
            start++;
        }

        if (start > 0)
        {
            output.RemoveStart(start);
        }
    }

    private static bool IsTrimmable(char c) => c == ' ' || char.IsPunctuation(c);
}
