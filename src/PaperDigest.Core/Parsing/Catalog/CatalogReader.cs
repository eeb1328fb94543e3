namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// One catalog parse: a single forward pass over pre-classified lines, with a look-ahead of at most
/// three non-blank lines to find where a paper starts (its domain and category lines, then tags,
/// TL;DR or a field). Everything is linear in the input.
/// </summary>
internal sealed class CatalogReader
{
    private readonly DigestParseContext _context;
    private readonly string _text;
    private readonly LineTable _lines;
    private readonly CatalogLine[] _info;
    private readonly List<OpenSection> _sections = [];
    private readonly List<(int Line, int Mask, bool Marked)> _fieldMasks = [];
    private readonly PaperDraft _draft = new();
    private readonly LinkSet _links = new();
    private readonly Dictionary<string, int> _tocCounts = new(StringComparer.Ordinal);
    private PaperDraft? _paper;
    private bool _inAbstract;
    private OpenSection? _section;
    private OpenSection? _group;
    private CatalogTable? _table;

    public CatalogReader(DigestParseContext context)
    {
        _context = context;
        _text = context.Text;
        _lines = context.Lines;
        _info = new CatalogLine[_lines.Count];
        for (var i = 0; i < _info.Length; i++)
        {
            var kind = CatalogLineClassifier.Classify(_lines[i], out var label);
            _info[i] = CatalogLine.From(kind, label);
        }
    }

    public void Read()
    {
        for (var i = 0; i < _info.Length; i++)
        {
            var kind = _info[i].Kind;
            if (kind == CatalogLineKind.Blank)
            {
                // In a headed (Markdown) paper a TL;DR is one paragraph: a blank line after its text ends it
                // (a field may run over several paragraphs and list items).
                if (_paper is { IsHeaded: true, Target: PaperDraft.TlDrTarget } headed && !headed.TlDr.IsEmpty)
                {
                    headed.Target = PaperDraft.NoTarget;
                }

                continue;
            }

            if (kind == CatalogLineKind.SectionHeader)
            {
                _table = null;
                FinishPaper();
                FinishSection();
                StartSection(i);
                continue;
            }

            // A title written as a lone link opens a paper where a heading would: between papers, never inside fields.
            if (kind == CatalogLineKind.TitleLink)
            {
                if ((_paper is null || _inAbstract) && OpensPaper(i) && CatalogHeading.TryReadTitleLink(_lines[i], out var titleLink))
                {
                    _table = null;
                    ReadHeading(i, titleLink);
                    continue;
                }

                kind = CatalogLineKind.Text;
            }

            if (kind == CatalogLineKind.Heading)
            {
                _table = null;
                var heading = CatalogHeading.Read(_lines[i]);
                if (_paper is { IsHeaded: true } headed && heading.Level > headed.HeadLevel)
                {
                    ReadSubHeading(i, heading, headed);
                }
                else
                {
                    ReadHeading(i, heading);
                }

                continue;
            }

            if (kind == CatalogLineKind.TableRow)
            {
                ReadTableRow(i);
                continue;
            }

            _table = null;

            // A headed paper ends only at the next heading: a labelled line after its abstract is its own.
            if (_paper is { IsHeaded: true } && _inAbstract && kind is not CatalogLineKind.Text)
            {
                _inAbstract = false;
                ReadPaperLine(i, kind);
                continue;
            }

            if (_paper is null || _inAbstract)
            {
                if (TryFindPaperStart(i, tagAnchorOnly: false, out var anchor))
                {
                    i = StartPaper(i, anchor);
                }
                else if (_paper is not null)
                {
                    _paper.Abstract.Extend(_lines.Start(i), _lines.End(i));
                    _paper.LastLine = i;
                }
                else
                {
                    PlaceLooseLine(i);
                }

                continue;
            }

            if (StartsNextPaper(i, kind, out var nextAnchor))
            {
                i = StartPaper(i, nextAnchor);
                continue;
            }

            ReadPaperLine(i, kind);
        }

        FinishPaper();
        FinishSection();
        FinishGroup();
        AddSections();
        CatalogChecks.ReportMissingFields(_fieldMasks, _context);
    }

    // Inside a paper's fields a new paper needs a tag line to be told apart from field text.
    private bool StartsNextPaper(int i, CatalogLineKind kind, out int anchor)
    {
        anchor = i;
        return kind switch
        {
            CatalogLineKind.Text => TryFindPaperStart(i, tagAnchorOnly: true, out anchor),
            CatalogLineKind.Tags => _paper!.HasContent,
            _ => false,
        };
    }

    /// <summary>
    /// A paper starts at <paramref name="i"/> when at most two short head lines (domain, category) are
    /// followed by a tag line that leads into TL;DR or fields, or (outside a paper) directly by a TL;DR or
    /// an emoji-marked field line.
    /// </summary>
    private bool TryFindPaperStart(int i, bool tagAnchorOnly, out int anchor)
    {
        anchor = -1;
        var heads = 0;
        for (var j = _lines.NextNonBlank(i); j < _info.Length; j = _lines.NextNonBlank(j + 1))
        {
            switch (_info[j].Kind)
            {
                case CatalogLineKind.Tags:
                    // Behind a domain and a category line a '#' line is a tag line, even of a truncated
                    // paper. Otherwise prose after it means it is abstract text starting with '#'.
                    var next = _lines.NextNonBlank(j + 1);
                    if (heads < 2 && next < _info.Length && _info[next].Kind == CatalogLineKind.Text)
                    {
                        return false;
                    }

                    anchor = j;
                    return true;
                case CatalogLineKind.TlDr or CatalogLineKind.MarkedField when !tagAnchorOnly:
                    anchor = j;
                    return true;
                case CatalogLineKind.Text when heads < 2 && CatalogLineClassifier.IsHeadCandidate(_lines[j]):
                    heads++;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Opens a paper whose head lines run from <paramref name="first"/> to before <paramref name="anchor"/>; returns the index to continue after.</summary>
    private int StartPaper(int first, int anchor)
    {
        FinishPaper();
        var paper = _draft;
        paper.Reset(first);
        var heads = new List<string>(2);
        for (var j = first; j < anchor; j++)
        {
            if (_info[j].Kind != CatalogLineKind.Blank)
            {
                heads.Add(LabelText.StripMarkdown(_lines[j]).ToString());
            }
        }

        if (heads.Count == 2)
        {
            paper.Domain = heads[0];
        }

        paper.Category = heads.Count > 0 ? heads[^1] : null;
        _paper = paper;
        _inAbstract = false;
        return anchor - 1;
    }

    private void ReadPaperLine(int i, CatalogLineKind kind)
    {
        var paper = _paper!;
        var line = _lines[i];
        paper.LastLine = i;
        switch (kind)
        {
            case CatalogLineKind.Tags:
                var tagStart = _info[i].ContentStart;
                TagSplitter.Split(line[tagStart..], paper.Tags, _context);
                if (tagStart > 0)
                {
                    ReadBadges(i, line[..tagStart], paper);
                }

                paper.Target = PaperDraft.NoTarget;
                break;
            case CatalogLineKind.TlDr:
                paper.TlDr.Extend(_lines.Start(i) + _info[i].ContentStart, _lines.End(i));
                paper.Target = PaperDraft.TlDrTarget;
                break;
            case CatalogLineKind.MarkedField or CatalogLineKind.Field or CatalogLineKind.UnknownField:
                paper.HasMarkedField |= kind == CatalogLineKind.MarkedField;
                ReadField(i, line.Length, paper);
                break;
            case CatalogLineKind.HeadCategory:
                paper.Category = line[_info[i].ContentStart..].Trim().ToString();
                paper.Target = PaperDraft.NoTarget;
                break;
            case CatalogLineKind.HeadKeywords:
                TagSplitter.SplitKeywords(line[_info[i].ContentStart..], paper.Tags, _context);
                paper.Target = PaperDraft.NoTarget;
                break;
            case CatalogLineKind.HeadAuthors:
                paper.Authors = AuthorNames.Split(line[_info[i].ContentStart..].Trim().ToString());
                paper.Target = PaperDraft.NoTarget;
                break;
            case CatalogLineKind.AbstractMarker:
                var abstractStart = _info[i].ContentStart;
                paper.HasAbstractMarker = true;
                if (abstractStart < line.Length)
                {
                    paper.Abstract.Extend(_lines.Start(i) + abstractStart, _lines.End(i));
                }

                _inAbstract = true;
                break;
            default:
                if (paper.Target != PaperDraft.NoTarget)
                {
                    paper.ExtendTarget(_lines.Start(i), _lines.End(i));
                }
                else if (paper is { IsHeaded: true, Authors: null, HasContent: false } && AuthorNames.TryRead(line, out var authors))
                {
                    paper.Authors = authors;
                }
                else if (paper is { IsHeaded: true, HasContent: false } && LinkExtractor.ContainsLink(line))
                {
                    paper.HeadLinkLines.Add(i);
                }
                else if (paper is { IsHeaded: true, HasContent: false } && HeadBadges.IsBadgeRow(line))
                {
                    // Kept in the paper's span: a priority pill and a bare id say nothing a field would hold.
                    ReadBadges(i, line, paper);
                }
                else if (paper.IsHeaded && IsWidgetLabel(line))
                {
                    // "Details", "Show more": a disclosure widget's label inside the paper, kept in its span.
                }
                else
                {
                    ReportUnplaced(i, "between a paper's tags and its fields");
                }

                break;
        }
    }

    private static bool IsWidgetLabel(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= 24 && text.Count(' ') < 2 && !LineShape.EndsLikeSentence(text) && !LinkExtractor.ContainsLink(text);
    }

    // The badges before a paper's hashtags: the first row names its area when nothing else does; links are the paper's.
    private static void ReadBadges(int i, ReadOnlySpan<char> badges, PaperDraft paper)
    {
        paper.Badges ??= badges.Trim() is { IsEmpty: false } text ? text.ToString() : null;
        if (LinkExtractor.ContainsLink(badges))
        {
            paper.HeadLinkLines.Add(i);
        }
    }

    private void ReadField(int i, int lineLength, PaperDraft paper)
    {
        var line = _info[i];
        var match = line.KnownField is { } known
            ? new FieldLabelMatch(known, line.ContentStart, IsKnown: true, HadSymbol: line.Kind == CatalogLineKind.MarkedField)
            : Relabel(i);
        if (!match.IsKnown)
        {
            _context.Report(DiagnosticSeverity.Info, DiagnosticCodes.UnknownFieldLabel,
                $"Unknown field label '{match.Field.Name}'; kept under that name.", i + 1);
        }

        if (paper.TargetField(match.Field, i + 1))
        {
            _context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.DuplicateField,
                $"The field '{match.Field.Name}' appears again; its texts are joined.", i + 1);
        }

        if (match.ContentStart < lineLength)
        {
            paper.ExtendTarget(_lines.Start(i) + match.ContentStart, _lines.End(i));
        }
    }

    // Unknown labels are rare: classify the line again rather than keep a string per line.
    private FieldLabelMatch Relabel(int i)
    {
        CatalogLineClassifier.Classify(_lines[i], out var match);
        return match;
    }

    private void PlaceLooseLine(int i)
    {
        if (TocCount.TryRead(_lines[i], out var tocName, out var tocCount))
        {
            _tocCounts.TryAdd(tocName, tocCount);
        }

        if (_section is not null)
        {
            _section.AddBodyLine(i);
        }
        else if (_context.Title is null && _context.Entries.Count == 0 && !_lines[i].Trim().IsEmpty && CatalogLineClassifier.IsHeadCandidate(_lines[i]))
        {
            _context.Title = LabelText.StripMarkdown(_lines[i]).ToString();
            _context.MarkHeaderLine(i + 1);
        }
        else if (_context.Title is not null && _context.Entries.Count == 0 && _sections.Count == 0)
        {
            // Between the title and the first section or paper: the catalog's own introduction (what it covers, its date).
            _context.MarkHeaderLine(i + 1);
        }
        else
        {
            ReportUnplaced(i, "outside any paper");
        }
    }

    private void ReportUnplaced(int i, string where)
    {
        _context.Report(DiagnosticSeverity.Info, DiagnosticCodes.UnplacedLine,
            $"Line {where} kept here: \"{TextSlice.Shorten(_lines[i].Trim())}\"", i + 1);
    }

    private void FinishPaper()
    {
        if (_paper is null)
        {
            return;
        }

        // Without an area line, a paper's broad area is its group's title (its category is its section's), else
        // the badge row before its hashtags.
        _paper.Domain ??= _section?.Parent?.Header.Title ?? HeadBadges.Area(_paper.Badges, _section?.Header.Title);

        var entry = CatalogEntryFactory.Create(_paper, _text, _section?.Header.Title, _context, _links);
        if (_paper.HasContent || entry.Abstract is not null)
        {
            _fieldMasks.Add((entry.Span.StartLine, CatalogChecks.FieldMask(entry.Fields), _paper.HasMarkedField));
        }

        if (_context.AddEntry(entry) && _section is not null)
        {
            _section.EntryCount++;
        }

        _section?.Extend(_paper.LastLine);
        _paper = null;
        _inAbstract = false;
    }

    // A heading opens a paper when labelled lines (TL;DR, fields, an abstract, a category) follow it before the
    // next heading; otherwise it is a section, or the document's title when nothing came before it.
    private void ReadHeading(int i, CatalogHeading heading)
    {
        FinishPaper();
        if (OpensPaper(i))
        {
            var paper = _draft;
            paper.Reset(i);
            (paper.IsHeaded, paper.HeadLine, paper.HeadLevel, paper.Title, paper.Number) = (true, i, heading.Level, heading.Title, heading.Number);
            _paper = paper;
            _inAbstract = false;
            return;
        }

        if (_context.Title is null && _section is null && _context.Entries.Count == 0 && heading.Title.Length > 0)
        {
            _context.Title = heading.Title;
            _context.MarkHeaderLine(i + 1);
            return;
        }

        FinishSection();
        FinishGroup();
        var declared = _tocCounts.TryGetValue(heading.Title, out var count) ? count : (int?)null;
        _section = new OpenSection(new CatalogSectionHeader(heading.Title, declared), i, _sections.Count, parent: null);
        _sections.Add(_section);
    }

    // A heading below a paper's own (## 📋 核心要点 under # Title) opens a part of the paper, kept under its name.
    private void ReadSubHeading(int i, CatalogHeading heading, PaperDraft paper)
    {
        _inAbstract = false;
        paper.LastLine = i;
        var name = heading.Title[LabelText.SkipDecoration(heading.Title, out _)..].Trim();
        name = name.Length > 0 ? name : "?";
        _context.Report(DiagnosticSeverity.Info, DiagnosticCodes.UnknownFieldLabel, $"Unknown field label '{name}'; kept under that name.", i + 1);
        paper.TargetField(new EntryField(name), i + 1);
    }

    private bool OpensPaper(int heading)
    {
        const int MaxHeadLines = 8;
        var seen = 0;
        for (var j = _lines.NextNonBlank(heading + 1); j < _info.Length && seen < MaxHeadLines; j = _lines.NextNonBlank(j + 1), seen++)
        {
            switch (_info[j].Kind)
            {
                case CatalogLineKind.Heading or CatalogLineKind.SectionHeader or CatalogLineKind.TitleLink:
                    return false;
                case CatalogLineKind.TlDr or CatalogLineKind.MarkedField or CatalogLineKind.Field or CatalogLineKind.AbstractMarker or CatalogLineKind.HeadCategory or CatalogLineKind.HeadAuthors or CatalogLineKind.Tags:
                    return true;
            }
        }

        return false;
    }

    // A table of papers: a header row names the columns (题目, 一句话要点, 标签, …), each row after it is a paper.
    private void ReadTableRow(int i)
    {
        FinishPaper();
        var line = _lines[i];
        if (CatalogTable.TryHeader(line, out var table))
        {
            _table = table;
            PlaceLooseLine(i);
            return;
        }

        if (_table is not { } columns)
        {
            PlaceLooseLine(i);
            return;
        }

        var entry = columns.ReadRow(line, i + 1, _context, _links) with { Category = _section?.Header.Title, Ordinal = _context.NextOrdinal };
        if (_context.AddEntry(entry) && _section is not null)
        {
            _section.EntryCount++;
            _section.Extend(i);
        }
    }

    // A header is a group when it says how many sub-sections it has ("· 9 个细分") or declares papers and
    // is followed directly by another header; the headers after it are its sub-sections until the next group.
    private void StartSection(int line)
    {
        // The classifier already recognized the header; parsing it again cannot fail.
        _ = CatalogSectionHeader.TryParse(_lines[line].Trim(), out var header);
        var next = _lines.NextNonBlank(line + 1);
        var isGroup = header.IsGroup || (header.Count > 0 && next < _info.Length && _info[next].Kind == CatalogLineKind.SectionHeader);
        if (isGroup)
        {
            FinishGroup();
        }

        _section = new OpenSection(header, line, _sections.Count, isGroup ? null : _group);
        _sections.Add(_section);
        if (isGroup)
        {
            _group = _section;
        }
    }

    private void FinishSection()
    {
        if (_section is not { } section || section == _group)
        {
            return;
        }

        section.Parent?.AddChild(section);
        CatalogChecks.ReportCount(section.Header.Title, section.Header.Count, section.EntryCount, section.HeaderLine + 1, _context);
        _section = null;
    }

    // A group holds its own papers and its sub-sections'; its count is checked against all of them.
    private void FinishGroup()
    {
        if (_group is not { } group)
        {
            return;
        }

        CatalogChecks.ReportCount(group.Header.Title, group.Header.Count, group.EntryCount, group.HeaderLine + 1, _context);
        _section = _section == group ? null : _section;
        _group = null;
    }

    // Sections in header order, so a sub-section's parent index is known when it is added.
    private void AddSections()
    {
        foreach (var section in _sections)
        {
            string? body = null;
            if (section.BodyFirst >= 0)
            {
                body = TextSlice.Lines(_text, _lines, section.BodyFirst, section.BodyLast);
                section.Extend(section.BodyLast);
            }

            _context.AddSection(new DigestSection
            {
                Title = section.Header.Title,
                DeclaredCount = section.Header.Count,
                EntryCount = section.EntryCount,
                Body = body,
                Span = new LineSpan(section.HeaderLine + 1, section.LastLine + 1),
                ParentIndex = section.Parent?.Index,
            });
        }
    }

    private sealed class OpenSection(CatalogSectionHeader header, int headerLine, int index, OpenSection? parent)
    {
        public CatalogSectionHeader Header { get; } = header;
        public int HeaderLine { get; } = headerLine;
        public int Index { get; } = index;
        public OpenSection? Parent { get; } = parent;
        public int LastLine { get; private set; } = headerLine;
        public int EntryCount { get; set; }
        public int BodyFirst { get; private set; } = -1;
        public int BodyLast { get; private set; } = -1;

        public void Extend(int line)
        {
            LastLine = Math.Max(LastLine, line);
            Parent?.Extend(line);
        }

        public void AddBodyLine(int line)
        {
            BodyFirst = BodyFirst < 0 ? line : BodyFirst;
            BodyLast = line;
            Extend(line);
        }

        public void AddChild(OpenSection child) => EntryCount += child.EntryCount;
    }
}
