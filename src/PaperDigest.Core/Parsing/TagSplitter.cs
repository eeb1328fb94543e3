namespace PaperDigest.Parsing;

/// <summary>
/// Splits a hashtag line into tags: <c>#a #b</c>, <c>#a; b; c</c>, <c>#a, b</c> and the nested
/// <c>#Fine-tuning (SFT #DPO #SimPO); Data selection</c>, which gives <c>Fine-tuning</c>, <c>SFT</c>,
/// <c>DPO</c>, <c>SimPO</c>, <c>Data selection</c>. Parentheses without separators inside stay part of
/// the label (<c>Large Language Models (LLMs)</c>).
/// </summary>
public static class TagSplitter
{
    private const int MaxNesting = 8;

    /// <summary>Splits <paramref name="line"/> and appends the trimmed labels to <paramref name="labels"/>, skipping exact repeats.</summary>
    /// <remarks>Time is linear in the line plus the labels already in the list (they are indexed once per call).</remarks>
    /// <param name="line">The tag line.</param>
    /// <param name="labels">Receives the labels in source order.</param>
    public static void Split(ReadOnlySpan<char> line, List<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var sink = new LabelSink(labels, new HashSet<string>(labels, StringComparer.Ordinal));
        SplitInto(line, ref sink, 0);
    }

    /// <summary>Splits <paramref name="line"/> into tags resolved by the parse's context, skipping exact repeats.</summary>
    internal static void Split(ReadOnlySpan<char> line, TagList tags, DigestParseContext context)
    {
        var sink = new TagSink(tags, context);
        SplitInto(line, ref sink, 0);
    }

    /// <summary>
    /// Splits a keyword list (<c>关键词: a, b</c>, <c>大语言模型 安全性评估</c>): by the tag separators when it has any,
    /// else by white space when every word is Chinese (Chinese words hold no spaces), else it is one keyword.
    /// </summary>
    internal static void SplitKeywords(ReadOnlySpan<char> value, TagList tags, DigestParseContext context)
    {
        var text = value.Trim();
        if (text.ContainsAny(SeparatorChars) || !text.ContainsAny(' ', '\u3000') || ContainsAsciiLetter(text))
        {
            Split(text, tags, context);
            return;
        }

        foreach (var range in text.SplitAny(' ', '\u3000'))
        {
            if (!text[range].IsWhiteSpace())
            {
                Split(text[range], tags, context);
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> SeparatorChars = System.Buffers.SearchValues.Create("#＃;；,，、");

    private static bool ContainsAsciiLetter(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('a', 'z') >= 0 || text.IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>Whether <paramref name="c"/> separates tags.</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for <c>#</c>, <c>;</c>, <c>,</c> and their full-width forms, and <c>、</c>.</returns>
    public static bool IsSeparator(char c) => c is '#' or '＃' or ';' or '；' or ',' or '，' or '、';

    private static void SplitInto<TSink>(ReadOnlySpan<char> text, ref TSink sink, int nesting)
        where TSink : struct, ITagSink
    {
        int start = 0, depth = 0, groupStart = -1;
        var groupHasSeparator = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '（')
            {
                if (depth++ == 0)
                {
                    groupStart = i;
                    groupHasSeparator = false;
                }
            }
            else if (c is ')' or '）' && depth > 0)
            {
                if (--depth == 0 && groupHasSeparator && nesting < MaxNesting)
                {
                    // A group of tags: the text before it is one tag, its content more tags.
                    Emit(text[start..groupStart], ref sink);
                    SplitInto(text[(groupStart + 1)..i], ref sink, nesting + 1);
                    start = i + 1;
                }
            }
            else if (IsSeparator(c))
            {
                if (depth == 0)
                {
                    Emit(text[start..i], ref sink);
                    start = i + 1;
                }
                else
                {
                    groupHasSeparator = true;
                }
            }
        }

        if (depth > 0 && groupHasSeparator && nesting < MaxNesting)
        {
            // An unclosed group: split what follows its opening parenthesis as plain tags.
            Emit(text[start..groupStart], ref sink);
            SplitInto(text[(groupStart + 1)..], ref sink, nesting + 1);
            return;
        }

        Emit(text[start..], ref sink);
    }

    private static void Emit<TSink>(ReadOnlySpan<char> segment, ref TSink sink)
        where TSink : struct, ITagSink
    {
        var label = segment.Trim();
        if (!label.IsEmpty && !sink.Contains(label))
        {
            sink.Add(label);
        }
    }

    // Where split labels go: strings for the public API, the context's shared tags inside a parse.
    private interface ITagSink
    {
        bool Contains(ReadOnlySpan<char> label);

        void Add(ReadOnlySpan<char> label);
    }

    private readonly struct LabelSink(List<string> labels, HashSet<string> seen) : ITagSink
    {
        public bool Contains(ReadOnlySpan<char> label) => seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label);

        public void Add(ReadOnlySpan<char> label)
        {
            var text = label.ToString();
            seen.Add(text);
            labels.Add(text);
        }
    }

    private readonly struct TagSink(TagList tags, DigestParseContext context) : ITagSink
    {
        public bool Contains(ReadOnlySpan<char> label) => tags.Contains(label);

        public void Add(ReadOnlySpan<char> label) => tags.Add(context.Tag(label));
    }
}
