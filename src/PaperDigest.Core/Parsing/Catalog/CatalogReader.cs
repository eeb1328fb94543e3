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
    private readonly List<int> _sectionBodyLines = [];
    private readonly PaperDraft _draft = new();
    private readonly List<DigestLink> _links = [];
    private PaperDraft? _paper;
    private bool _inAbstract;
    private OpenSection? _section;

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
                continue;
            }

            if (kind == CatalogLineKind.SectionHeader)
            {
                FinishPaper();
                FinishSection();
                StartSection(i);
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
                TagSplitter.Split(line, paper.Tags, _context);
                paper.Target = PaperDraft.NoTarget;
                break;
            case CatalogLineKind.TlDr:
                paper.TlDr.Extend(_lines.Start(i) + _info[i].ContentStart, _lines.End(i));
                paper.Target = PaperDraft.TlDrTarget;
                break;
            case CatalogLineKind.MarkedField or CatalogLineKind.Field or CatalogLineKind.UnknownField:
                ReadField(i, line.Length, paper);
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
                else
                {
                    ReportUnplaced(i, "between a paper's tags and its fields");
                }

                break;
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

        var index = paper.Fields.FindIndex(f => f.Field == match.Field);
        if (index < 0)
        {
            paper.Fields.Add(new FieldDraft(match.Field, i + 1));
            index = paper.Fields.Count - 1;
        }
        else
        {
            _context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.DuplicateField,
                $"The field '{match.Field.Name}' appears again; its texts are joined.", i + 1);
        }

        paper.Target = index;
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
        if (_section is not null)
        {
            _sectionBodyLines.Add(i);
        }
        else if (_context.Title is null && _context.Entries.Count == 0 && !_lines[i].Trim().IsEmpty && CatalogLineClassifier.IsHeadCandidate(_lines[i]))
        {
            _context.Title = LabelText.StripMarkdown(_lines[i]).ToString();
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

        var entry = CatalogEntryFactory.Create(_paper, _text, _section?.Header.Title, _context, _links);
        if (_context.AddEntry(entry) && _section is not null)
        {
            _section.EntryCount++;
        }

        _section?.Extend(_paper.LastLine);
        _paper = null;
        _inAbstract = false;
    }

    private void StartSection(int line)
    {
        // The classifier already recognized the header; parsing it again cannot fail.
        _ = CatalogSectionHeader.TryParse(_lines[line].Trim(), out var header);
        _section = new OpenSection(header, line);
        _sectionBodyLines.Clear();
    }

    private void FinishSection()
    {
        if (_section is not { } section)
        {
            return;
        }

        string? body = null;
        if (_sectionBodyLines.Count > 0)
        {
            body = TextSlice.Lines(_text, _lines, _sectionBodyLines[0], _sectionBodyLines[^1]);
            section.Extend(_sectionBodyLines[^1]);
        }

        _context.AddSection(new DigestSection
        {
            Title = section.Header.Title,
            DeclaredCount = section.Header.Count,
            EntryCount = section.EntryCount,
            Body = body,
            Span = new LineSpan(section.HeaderLine + 1, section.LastLine + 1),
        });

        CatalogChecks.ReportCount(section.Header.Title, section.Header.Count, section.EntryCount, section.HeaderLine + 1, _context);

        _section = null;
    }

    /// <summary>The section being read: its header and how far it reaches.</summary>
    private sealed class OpenSection(CatalogSectionHeader header, int headerLine)
    {
        public CatalogSectionHeader Header { get; } = header;
        public int HeaderLine { get; } = headerLine;
        public int LastLine { get; private set; } = headerLine;
        public int EntryCount { get; set; }

        public void Extend(int line) => LastLine = Math.Max(LastLine, line);
    }
}
