namespace PaperDigest.Parsing.Brief;

/// <summary>
/// One brief parse. Reads plain or Markdown-wrapped briefs line by line (through <see cref="MarkdownLine"/>):
/// front matter and headline, then the parts each marker line opens. Items are collected first and
/// split into label, title and description at the end, once the featured labels of the whole
/// document are known.
/// </summary>
internal sealed class BriefReader
{
    private readonly DigestParseContext _context;
    private readonly LineTable _lines;
    private readonly TopicLabelMatcher _labels;
    private readonly List<BriefItemDraft> _items = [];
    private readonly List<DigestLink> _lineLinks = [];
    private readonly List<string> _sectionBody = [];
    private BriefItemDraft? _item;
    private BriefPart _part;
    private int _partFirstItem;
    private int _seededItems;
    private string _partTitle = "";
    private int _partLine = -1;
    private int _partLastLine = -1;
    private int _partLevel;
    private int _lastNumber;
    private BriefItemStyle _style;
    private int _styleLevel;

    public BriefReader(DigestParseContext context)
    {
        _context = context;
        _lines = context.Lines;
        _labels = TopicLabelMatcher.For(context.Canonicalizer?.Taxonomy ?? TagTaxonomy.BuiltIn, context.Options.TopicLabels);
    }

    public void Read()
    {
        var i = ReadFrontMatter();
        for (; i < _lines.Count; i++)
        {
            _lineLinks.Clear();
            var line = MarkdownLine.Read(_lines[i], _lineLinks);
            if (line.Kind == MarkdownLineKind.Blank)
            {
                continue;
            }

            if (line.Kind == MarkdownLineKind.Rule)
            {
                // A rule is layout: it belongs to the part it closes, or to the header before any part.
                if (_part == BriefPart.None)
                {
                    _context.MarkHeaderLine(i + 1);
                }
                else
                {
                    _partLastLine = i;
                }

                continue;
            }

            if (BriefMarkers.Match(line.Text) is var part and not BriefPart.None && OpensPart(line))
            {
                StartPart(part, line.Text, i, line.Level);
            }
            else if (line.Kind == MarkdownLineKind.Heading && _part != BriefPart.None && _partLevel > 0 && line.Level <= _partLevel)
            {
                // A heading at a part's level that names no known part still ends the part before it.
                StartPart(BriefPart.Further, line.Text, i, line.Level);
            }
            else if (_part == BriefPart.None && (_context.Title is null || line.Text == _context.Title))
            {
                // The headline (also when front matter named it first).
                _context.Title ??= line.Text;
                _context.MarkHeaderLine(i + 1);
            }
            else if (line.Text == _context.Title)
            {
                _context.Report(DiagnosticSeverity.Info, DiagnosticCodes.RepeatedHeadline,
                    "The headline repeats here (a page-break artefact); the line is not an entry.", i + 1);
            }
            else
            {
                ReadPartLine(i, line);
            }
        }

        FinishPart(_lines.Count - 1);
        for (var index = 0; index < _items.Count; index++)
        {
            AddEntry(_items[index], index);
        }
    }

    // Front matter's title wins over the first line as the headline; a page's <title> does not (it often
    // carries the site's name).
    private int ReadFrontMatter()
    {
        var start = _context.BodyStart;
        for (var line = 1; line <= start; line++)
        {
            _context.MarkHeaderLine(line);
        }

        if (_context.Metadata is { Lines: not null, Title: { Length: > 0 } title })
        {
            _context.Title = title;
        }

        return start;
    }

    // Where parts are headings, a marker word in a plain line with a colon ("**今日趋势观察**: …") leads a paragraph of the
    // current part; a plain marker line still opens a part (a brief may mix "## 也值得关注" and a bare "今日观察").
    private bool OpensPart(MarkdownLine line) =>
        line.Kind == MarkdownLineKind.Heading || _partLevel == 0 || !line.Text.AsSpan().TrimEnd().EndsWith(":") && !line.Text.AsSpan().TrimEnd().EndsWith("：");

    private void StartPart(BriefPart part, string title, int line, int level)
    {
        FinishPart(line - 1);
        // The part's name without its decoration ("🌊 今日浪頭" is 今日浪頭) or a trailing colon.
        var name = title.AsSpan(LabelText.SkipDecoration(title, out _)).Trim().TrimEnd(":：").Trim();
        (_part, _partTitle, _partLine, _partLastLine, _partLevel) = (part, name.IsEmpty ? title : name.ToString(), line, line, level);
        _partFirstItem = _items.Count;
        (_style, _styleLevel) = (BriefItemStyle.None, 0);
    }

    private void ReadPartLine(int i, MarkdownLine line)
    {
        _partLastLine = i;
        switch (_part)
        {
            case BriefPart.Overview or BriefPart.Observation:
                _sectionBody.Add(line.Text);
                break;
            case BriefPart.Featured or BriefPart.More:
                ReadItemLine(i, line);
                break;
            case BriefPart.Further when _item is not null || StartsItem(i, line, out _):
                ReadItemLine(i, line);
                break;
            case BriefPart.Further:
                // A part that lists no items (a table of rejected papers, a summary) is kept as the section's text.
                _sectionBody.Add(line.Text);
                break;
            default:
                _context.Report(DiagnosticSeverity.Info, DiagnosticCodes.UnplacedLine,
                    $"Line before the brief's first part kept here: \"{TextSlice.Shorten(line.Text)}\"", i + 1);
                break;
        }
    }

    private void ReadItemLine(int i, MarkdownLine line)
    {
        if (StartsItem(i, line, out var style))
        {
            _item = OpenItem(i, line, style);
            _item.Links.AddRange(_lineLinks);
            _items.Add(_item);
            if (_style == BriefItemStyle.None)
            {
                (_style, _styleLevel) = (style, line.Level);
            }

            return;
        }

        if (_item is null)
        {
            _context.Report(DiagnosticSeverity.Info, DiagnosticCodes.UnplacedLine,
                $"Line before the first item of '{_partTitle}' kept here: \"{TextSlice.Shorten(line.Text)}\"", i + 1);
            return;
        }

        _item.Lines.Add(line);
        _item.Links.AddRange(_lineLinks);
        _item.LastLine = i;
    }

    // The part's first item sets the shape every later item of the part has (see BriefItemStyle).
    private bool StartsItem(int i, MarkdownLine line, out BriefItemStyle style)
    {
        style = _style == BriefItemStyle.None ? StyleOf(i, line) : _style;
        return style switch
        {
            // A number opens the next item only when it continues the numbering, so "7 个模型..." in a
            // paragraph stays text. A part's first item may start anywhere: parts number on or restart.
            BriefItemStyle.Numbered => BriefMarkers.TryItemNumber(line.Text, out var number, out _)
                && (_style == BriefItemStyle.None || (number > _lastNumber && number <= _lastNumber + 5)),
            BriefItemStyle.Heading => line.Kind == MarkdownLineKind.Heading && (_style == BriefItemStyle.None || line.Level == _styleLevel),
            BriefItemStyle.Bullet => line.Kind == MarkdownLineKind.Bullet && !char.IsWhiteSpace(_lines[i][0]),
            BriefItemStyle.TopicLine => IsTopicLine(i, line),
            BriefItemStyle.TrailingTopic => line.Kind == MarkdownLineKind.Text && BriefItemSplitter.EndsWithLabel(line.Text, _labels),
            _ => false,
        };
    }

    private BriefItemStyle StyleOf(int i, MarkdownLine line) => line.Kind switch
    {
        MarkdownLineKind.Heading => BriefItemStyle.Heading,
        _ when BriefMarkers.TryItemNumber(line.Text, out _, out _) => BriefItemStyle.Numbered,
        MarkdownLineKind.Bullet when !char.IsWhiteSpace(_lines[i][0]) => BriefItemStyle.Bullet,
        MarkdownLineKind.Text when IsTopicLine(i, line) => BriefItemStyle.TopicLine,
        MarkdownLineKind.Text when BriefItemSplitter.EndsWithLabel(line.Text, _labels) => BriefItemStyle.TrailingTopic,
        _ => BriefItemStyle.None,
    };

    // "多模态" alone, with the title right under it.
    private bool IsTopicLine(int i, MarkdownLine line) =>
        line.Kind == MarkdownLineKind.Text && i + 1 < _lines.Count && !_lines[i + 1].IsWhiteSpace() && _labels.Contains(line.Text);

    private BriefItemDraft OpenItem(int i, MarkdownLine line, BriefItemStyle style)
    {
        int? number = null;
        var head = line.Text;
        var numbered = BriefMarkers.WithoutItemWord(head);
        if (style is BriefItemStyle.Numbered or BriefItemStyle.Heading && BriefMarkers.TryItemNumber(numbered, out var written, out var restStart))
        {
            number = _lastNumber = written;
            head = numbered[restStart..].ToString();
        }

        return new BriefItemDraft(_part, _partTitle, number, i)
        {
            Head = head,
            Style = style,
            LeadTitle = style == BriefItemStyle.Bullet ? BriefItemSplitter.LeadTitle(_lines[i]) : null,
        };
    }

    private void FinishPart(int lastLine)
    {
        if (_part == BriefPart.None)
        {
            return;
        }

        _context.AddSection(new DigestSection
        {
            Title = _partTitle,
            EntryCount = CountItems(_partFirstItem, lastLine),
            Body = _sectionBody.Count > 0 ? string.Join('\n', _sectionBody) : null,
            Span = new LineSpan(_partLine + 1, Math.Max(_partLine, Math.Min(_partLastLine, lastLine)) + 1),
        });
        if (_part == BriefPart.Featured)
        {
            // The featured items' labels seed the vocabulary for the glued labels of the later items; each
            // item seeds once, so a brief of 50,000 parts is not read again per part.
            for (; _seededItems < _items.Count; _seededItems++)
            {
                SeedLabel(_items[_seededItems]);
            }
        }

        _sectionBody.Clear();
        _item = null;
        _part = BriefPart.None;
    }

    // The items this part holds: those begun since it started (items are added in line order).
    private int CountItems(int first, int lastLine)
    {
        var count = 0;
        for (var i = first; i < _items.Count; i++)
        {
            count += _items[i].FirstLine > _partLine && _items[i].FirstLine <= lastLine ? 1 : 0;
        }

        return count;
    }

    private void SeedLabel(BriefItemDraft item)
    {
        var head = item.Head.Length > 0 ? item.Head : item.Lines.FirstOrDefault().Text ?? "";
        if (item.Part == BriefPart.Featured && BriefItemSplitter.TryLeadingLabel(head, _labels, allowUnknown: true, out var label, out _))
        {
            _labels.Add(label);
        }
    }

    private void AddEntry(BriefItemDraft item, int index)
    {
        var entry = item.Part == BriefPart.Featured
            ? BriefEntryFactory.Featured(item, _labels, _context.NextOrdinal)
            : BriefEntryFactory.More(item, _labels, _context);
        if (entry.Title is null)
        {
            _context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyBriefItem, $"Item {item.Number ?? index + 1} has no title.", item.FirstLine + 1);
        }

        _context.AddEntry(entry);
    }
}
