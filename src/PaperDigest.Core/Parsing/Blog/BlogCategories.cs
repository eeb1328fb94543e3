namespace PaperDigest.Parsing.Blog;

/// <summary>The category headings of a paper list as sections: each counts its papers, and a deeper heading has the shallower one before it as its parent.</summary>
internal sealed class BlogCategories(DigestParseContext context)
{
    private readonly List<(string Title, int Level, int Heading, int Last, int Papers, int? Parent)> _sections = [];
    private readonly List<int> _open = [];

    public string? CurrentTitle => _sections.Count > 0 ? _sections[^1].Title : null;

    public void Open(int heading, int last)
    {
        MarkdownLine.KindOf(context.Lines[heading], out var level, out _);
        while (_open.Count > 0 && _sections[_open[^1]].Level >= level)
        {
            _open.RemoveAt(_open.Count - 1);
        }

        int? parent = _open.Count > 0 ? _open[^1] : null;
        _sections.Add((LabelText.StripMarkdown(context.Lines[heading]).ToString(), level, heading, last, 0, parent));
        _open.Add(_sections.Count - 1);
        for (var p = parent; p is { } index; p = _sections[index].Parent)
        {
            // A parent's span runs over its sub-sections.
            _sections[index] = _sections[index] with { Last = Math.Max(_sections[index].Last, last) };
        }
    }

    public void Count()
    {
        if (_sections.Count > 0)
        {
            _sections[^1] = _sections[^1] with { Papers = _sections[^1].Papers + 1 };
        }
    }

    public void AddAll()
    {
        foreach (var section in _sections)
        {
            context.AddSection(new DigestSection
            {
                Title = section.Title,
                EntryCount = section.Papers,
                Span = new LineSpan(section.Heading + 1, Math.Max(section.Heading, section.Last) + 1),
                ParentIndex = section.Parent,
            });
        }
    }
}
