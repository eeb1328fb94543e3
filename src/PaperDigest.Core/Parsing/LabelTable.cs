using PaperDigest.Internals;
using System.Collections.Frozen;

namespace PaperDigest.Parsing;

/// <summary>
/// The one label vocabulary every parser reads: paper fields, TL;DR and abstract markers, paper and code
/// link labels, and the parts of a brief, each in Simplified Chinese, Traditional Chinese and English. A
/// line matches when, after decoration (emoji, bullets, <c>&gt;</c>, bold, Markdown heading marks), it starts
/// with a label: the longest one wins, an English label must end at a word boundary (<c>Methods</c> is not
/// <c>Method</c> + <c>s</c>), and a Chinese compound names its field by its last part (<c>方法局限</c> is
/// limitations, not method). The colon may sit inside or outside bold, and the value may be glued to the
/// label, follow its colon, or come on the next lines.
/// </summary>
/// <remarks>
/// Each role has its own rule for when a label counts: a field label needs an emoji before it, a separator
/// after it, or to stand alone; TL;DR and the abstract need a separator or to stand alone; link and head labels
/// need a colon or to stand alone (a table's header cell); brief parts stand alone. One dictionary lookup on the first letter finds every candidate.
/// </remarks>
public static class LabelTable
{
    // The built-in vocabulary is data (Parsing/Resources/labels.tsv): role, field, labels.
    private static readonly (LabelRole Role, EntryField Field, string[] Labels)[] Vocabulary = [.. ReadVocabulary()];

    private static IEnumerable<(LabelRole Role, EntryField Field, string[] Labels)> ReadVocabulary()
    {
        using var reader = new StreamReader(EmbeddedTables.Open("PaperDigest.Parsing.labels.tsv"));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            var role = Enum.Parse<LabelRole>(columns[0]);
            yield return (role, role == LabelRole.Field ? new EntryField(columns[1]) : default, columns[2].Split('|'));
        }
    }

    // What may follow an abstract marker and belongs to it: "查看完整摘要 (Abstract)", "摘要（原文）".
    private static readonly string[] AbstractSuffixes = ["(Abstract)", "（Abstract）", "（中文）", "(中文)", "（原文）", "(原文)", "（英文）", "(英文)"];

    /// <summary>The longest text a compound label's tail may have (<c>方法局限</c>: <c>局限</c>).</summary>
    private const int MaxTailLength = 8;

    /// <summary>The built-in vocabulary as entries (role, field, labels): what <see cref="LabelVocabulary.Default"/> is made of.</summary>
    internal static IEnumerable<(LabelRole Role, EntryField Field, string[] Labels)> BuiltIn => Vocabulary;

    // The vocabulary the current parse reads: a pipeline's own (labels a user added or removed) while it parses on
    // this thread, else the built-in one. A pipeline sets it around each parse and detection (see Use).
    [ThreadStatic]
    private static LabelVocabulary? s_active;

    private static LabelVocabulary Active => s_active ?? LabelVocabulary.Default;

    /// <summary>Makes <paramref name="vocabulary"/> the one this thread's parse reads until the returned scope is disposed.</summary>
    internal static VocabularyScope Use(LabelVocabulary vocabulary)
    {
        var previous = s_active;
        s_active = ReferenceEquals(vocabulary, LabelVocabulary.Default) ? previous : vocabulary;
        return new VocabularyScope(previous);
    }

    /// <summary>Restores the vocabulary that was active before <see cref="Use"/>.</summary>
    internal readonly struct VocabularyScope(LabelVocabulary? previous) : IDisposable
    {
        public void Dispose() => s_active = previous;
    }

    /// <summary>The labels of <paramref name="role"/>, in every spelling the table knows.</summary>
    /// <param name="role">A role.</param>
    /// <returns>The labels (for <see cref="LabelRole.Field"/>: of every field).</returns>
    public static IReadOnlyList<string> LabelsOf(LabelRole role) => Active.LabelsOf(role);

    /// <summary>The labels that name <paramref name="field"/>, in every spelling the table knows.</summary>
    /// <param name="field">A well-known field.</param>
    /// <returns>The labels, or an empty list for a field outside the vocabulary.</returns>
    public static IReadOnlyList<string> LabelsOf(EntryField field) => Active.LabelsOf(field);

    /// <summary>The group a role belongs to.</summary>
    /// <param name="role">A role.</param>
    /// <returns>Its group.</returns>
    public static LabelGroups GroupOf(LabelRole role) => role switch
    {
        LabelRole.Field or LabelRole.TlDr or LabelRole.Abstract => LabelGroups.EntryFields,
        LabelRole.Overview or LabelRole.Featured or LabelRole.More or LabelRole.Observation => LabelGroups.BriefParts,
        LabelRole.MainCategory or LabelRole.Authors or LabelRole.Keywords or LabelRole.Topic => LabelGroups.PaperHead,
        LabelRole.Source => LabelGroups.ItemHead,
        _ => LabelGroups.PaperLinks,
    };

    /// <summary>Finds the label <paramref name="line"/> starts with, among the labels of <paramref name="groups"/>.</summary>
    /// <param name="line">The line (one line of text, or a block's text).</param>
    /// <param name="groups">The labels to look for.</param>
    /// <param name="match">The label, its role and where the value starts.</param>
    /// <returns><see langword="true"/> when the line starts with a label that counts by its role's rule.</returns>
    public static bool TryMatch(ReadOnlySpan<char> line, LabelGroups groups, out LabelMatch match)
    {
        match = default;
        var start = LabelText.SkipDecoration(line, out var hadSymbol);
        if (start >= line.Length)
        {
            return false;
        }

        // The longest label that counts, over the groups asked for.
        var key = InvariantCase.ToUpper(line[start]);
        var rest = line[start..];
        var found = false;
        var vocabulary = Active;
        for (var g = 0; g < LabelVocabulary.Groups.Length; g++)
        {
            if ((LabelVocabulary.Groups[g] & groups) == 0 || !vocabulary.ByFirstChar[g].TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var label in candidates)
            {
                if ((!found || label.Text.Length > match.Label.Length) && rest.StartsWith(label.Text, label.Comparison)
                    && !(label.IsAscii && rest.Length > label.Text.Length && char.IsAsciiLetterOrDigit(rest[label.Text.Length]))
                    && TryLabel(line, start, label, hadSymbol, out var candidate))
                {
                    (match, found) = (candidate, true);
                    break;
                }
            }
        }

        return found;
    }

    private static bool TryLabel(ReadOnlySpan<char> line, int start, Label label, bool hadSymbol, out LabelMatch match)
    {
        // "论文/paper：", "代码/code：": a Chinese label with its English name after a slash.
        var alias = label.IsAscii ? 0 : EnglishAlias(line[(start + label.Text.Length)..]);
        start += alias;
        var after = line[(start + label.Text.Length)..];
        var skip = LabelText.SkipSeparator(after, out var hadSeparator);
        var hadColon = after[..skip].ContainsAny(':', '：', '﹕');
        var alone = skip == after.Length;
        var contentStart = start + label.Text.Length + skip;
        if (label.Role == LabelRole.Field && !label.IsAscii && !hadSeparator && CompoundTail(after) is { } tail)
        {
            // "⚠️方法局限" alone on its line is "limitations of the method": a Chinese compound names its
            // field by its last part, so 方法 (method) + 局限 (limitations) is limitations, not method.
            match = new LabelMatch(LabelRole.Field, tail, label.Text, line.Length, hadSymbol, HadColon: false, HadSeparator: false, IsAlone: true);
            return true;
        }

        var counts = label.Role switch
        {
            LabelRole.Field => hadSymbol || hadSeparator || alone,
            LabelRole.TlDr => hadSeparator || alone,
            LabelRole.Abstract => hadSeparator || alone || after[skip..].StartsWith(AbstractSuffixes[0][0]) || after[skip..].StartsWith(AbstractSuffixes[1][0]),
            LabelRole.Overview or LabelRole.Featured or LabelRole.More or LabelRole.Observation => alone,
            _ => hadColon || alone,
        };
        if (label.Role == LabelRole.Abstract)
        {
            contentStart = SkipAbstractSuffix(line, contentStart);
        }

        match = counts ? new LabelMatch(label.Role, label.Field, label.Text, contentStart, hadSymbol, hadColon, hadSeparator, alone) : default;
        return counts;
    }

    // "/paper" after a Chinese label: the length of the slash and the English word, or 0.
    private static int EnglishAlias(ReadOnlySpan<char> after)
    {
        if (after.Length < 2 || after[0] is not ('/' or '／'))
        {
            return 0;
        }

        var word = after[1..].IndexOfAnyExcept(AliasChars);
        var length = word < 0 ? after.Length - 1 : word;
        return length is > 0 and <= MaxAliasLength ? length + 1 : 0;
    }

    private const int MaxAliasLength = 16;
    private static readonly System.Buffers.SearchValues<char> AliasChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // The rest of a line that is itself a whole field label (and nothing else but a trailing colon).
    private static EntryField? CompoundTail(ReadOnlySpan<char> after)
    {
        var tail = after.TrimEnd(" \t:：");
        return !tail.IsEmpty && tail.Length <= MaxTailLength && Active.FieldByLabel.TryGetValue(tail, out var field) ? field : null;
    }

    // "查看完整摘要 (Abstract)": the parenthesized English name belongs to the marker.
    private static int SkipAbstractSuffix(ReadOnlySpan<char> line, int contentStart)
    {
        foreach (var suffix in AbstractSuffixes)
        {
            if (line[contentStart..].StartsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var afterSuffix = contentStart + suffix.Length;
                return afterSuffix + LabelText.SkipSeparator(line[afterSuffix..], out _);
            }
        }

        return contentStart;
    }

    internal readonly record struct Label(string Text, LabelRole Role, EntryField Field)
    {
        public bool IsAscii { get; } = System.Text.Ascii.IsValid(Text);

        public StringComparison Comparison => IsAscii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }
}
