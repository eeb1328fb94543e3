using System.Buffers;
using System.Text;
using PaperDigest.Blocks;
using PaperDigest.Parsing;

namespace PaperDigest.Records;

/// <summary>
/// Reads the blocks of one record into slots: labelled values (a label line with its value on the same line or the
/// lines after it, a sub-heading with the blocks under it) and unlabelled lines typed by content. Links are
/// gathered from every block, typed once. Linear in the record's text.
/// </summary>
internal sealed class SlotReader
{
    private readonly List<RecordSlot> _slots = [];
    private readonly LinkSet _links = new();
    private readonly StringBuilder _value = new();

    // A value still on one line: the line and the value's place in it (see Append).
    private string? _single;
    private int _singleStart;
    private int _singleLength;
    private readonly bool _titleIsCjk;

    // The open slot: its label (null for unlabelled text), kind, first and last line; while open, lines append to _value.
    private string? _openLabel;
    private RecordSlotKind _openKind;
    private int _openFirst;
    private int _openLast;
    private bool _open;

    // Whether the table being read opened with a header row: its rows are data under named columns, not key-value pairs.
    private bool _tableHasHeader;

    // Whether the open slot takes the next blocks (a label alone, a sub-heading) or only its own block's lines.
    private bool _openTakesBlocks;
    private string? _openTentative;
    private bool _openNested;

    // Where the open slot's label stood: a sub-heading, or the block of a label line (a list item's depth tells a
    // sibling item from a sub-point).
    private DigestBlock? _openBlock;
    private bool _openFromHeading;

    internal const int MaxToolbarLinks = 16;

    private SlotReader(bool titleIsCjk) => _titleIsCjk = titleIsCjk;

    public static (List<RecordSlot> Slots, List<DigestLink> Links) Read(
        IReadOnlyList<DigestBlock> blocks, int first, int end, int skipTitleLines, string title)
    {
        var reader = new SlotReader(SlotContent.IsMostlyCjk(title));
        for (var b = first; b < end; b++)
        {
            reader.ReadBlock(blocks[b], b == first ? skipTitleLines : 0);
        }

        reader.Close();
        return (reader._slots, [.. reader._links.Items]);
    }

    /// <summary>Reads a table row as slots named by its header row's cells.</summary>
    public static (List<RecordSlot> Slots, List<DigestLink> Links) ReadRow(DigestBlock row, DigestBlock? header)
    {
        var reader = new SlotReader(titleIsCjk: false);
        reader.AddLinks(row);
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var label = header is not null && i < header.Cells.Count && LabelLead.IsLabelName(header.Cells[i].AsSpan().Trim()) ? header.Cells[i].Trim() : null;
            var value = row.Cells[i].Trim();
            if (label is not null)
            {
                LinkExtractor.AddWholeArxivId(value, reader._links);
            }

            if (value.Length > 0)
            {
                reader._slots.Add(new RecordSlot(label is null ? RecordSlotKind.Text : RecordSlotKind.Labelled, label, value, row.Lines));
            }
        }

        return (reader._slots, [.. reader._links.Items]);
    }

    private void ReadBlock(DigestBlock block, int skipLines)
    {
        AddLinks(block);
        _tableHasHeader = block.Kind == BlockKind.TableRow && (_tableHasHeader || block.IsHeaderRow);
        switch (block.Kind)
        {
            case BlockKind.Rule:
                Close();
                return;
            case BlockKind.Heading when skipLines == 0:
                Close();
                Open(SubHeadingLabel(block.Text), RecordSlotKind.Labelled, block.Lines.StartLine, takesBlocks: true);
                (_openBlock, _openFromHeading) = (block, true);
                return;
            case BlockKind.TableRow when !_tableHasHeader && block.Cells is [var name, var value] && LabelLead.IsLabelName(name.AsSpan().Trim()) && value.Trim().Length > 0:
                // A row of a key-value table without a header row (| Authors | A. Smith |): its first cell names its
                // second, as a label does. Under a header row, rows are data (| GPT-4 | 86.4 |).
                ReadLine(block, name.Trim() + ": " + value.Trim(), -1, block.Lines.StartLine);
                return;
            case BlockKind.TableRow:
                ReadLine(block, string.Join(" | ", block.Cells), -1, block.Lines.StartLine);
                return;
        }

        if (!_openTakesBlocks)
        {
            Close();
        }

        var text = block.Text.AsSpan();
        var lineNumber = 0;
        foreach (var range in text.Split('\n'))
        {
            if (lineNumber++ >= skipLines)
            {
                var line = block.Lines.StartLine + Math.Min(lineNumber - 1, block.Lines.EndLine - block.Lines.StartLine);
                var (start, length) = range.GetOffsetAndLength(text.Length);
                ReadLine(block, length == block.Text.Length ? block.Text : block.Text.Substring(start, length), start, line);
            }
        }
    }

    // "作者：张三 · 机构：清华大学": a labelled line may hold several fields, each its own slot. Split in one pass along
    // the line, each field cut from the line once.
    private void ReadLine(DigestBlock block, string line, int offset, int lineNumber)
    {
        var from = 0;
        while (true)
        {
            var rest = line.AsSpan(from);
            var strong = offset < 0 ? 0 : StrongAt(block, offset + from + LabelText.SkipDecoration(rest, out _));
            var (end, next) = LabelLead.TryRead(rest, strong, out _, out var valueStart) ? NextField(rest, valueStart) : (0, 0);
            if (next == 0)
            {
                ReadField(block, from == 0 ? line : line[from..], offset < 0 ? offset : offset + from, lineNumber);
                return;
            }

            ReadField(block, line.Substring(from, end), offset < 0 ? offset : offset + from, lineNumber);
            from += next;
        }
    }

    private void ReadField(DigestBlock block, string line, int offset, int lineNumber)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        var strong = offset < 0 ? 0 : StrongAt(block, offset + LabelText.SkipDecoration(line, out _));
        if (LabelLead.TryRead(line, strong, out var label, out var valueStart) || IsKnownLabelAlone(line, out label, out valueStart))
        {

            var nested = IsSubPoint(block);
            Close();
            // A label inside a slot that takes the next blocks is a sub-point: it goes on taking them.
            Open(label, RecordSlotKind.Labelled, lineNumber, takesBlocks: nested || valueStart >= line.Length);
            (_openTentative, _openNested) = (strong == 0 || nested ? line.Trim() : null, nested);
            (_openBlock, _openFromHeading) = nested ? (_openBlock, _openFromHeading) : (block, false);
            Append(line, valueStart, lineNumber);
            return;
        }

        if (_open && (_openLabel is not null || _openKind == RecordSlotKind.Text) && !EndsTakenValue(block, line))
        {
            Append(line, 0, lineNumber);
            return;
        }

        Close();

        var kind = IsButton(block, line) ? RecordSlotKind.Text : SlotContent.Classify(line, _titleIsCjk, MayBeAlternateTitle());
        if (kind == RecordSlotKind.Text)
        {
            Open(null, kind, lineNumber, takesBlocks: false);
            Append(line, 0, lineNumber);
            return;
        }

        _slots.Add(new RecordSlot(kind, null, line.Trim(), new LineSpan(lineNumber, lineNumber)));
    }

    // Where a second "label: value" starts after a field separator (|, ·, ；) in a labelled line's value: the end of
    // the first field and the start of the second, or (0, 0).
    private static (int End, int Next) NextField(ReadOnlySpan<char> line, int valueStart)
    {
        var at = valueStart;
        while (at < line.Length && line[at..].IndexOfAny(FieldSeparators) is var found and >= 0)
        {
            var separator = at + found;
            var next = separator + 1;
            while (next < line.Length && char.IsWhiteSpace(line[next]))
            {
                next++;
            }

            // The label is looked for in a short window: a line of many separators and no colon stays linear.
            var window = line.Slice(next, Math.Min(line.Length - next, MaxFieldLead));
            if (separator > valueStart && LabelLead.TryRead(window, 0, out _, out var nextValue) && nextValue < window.Length)
            {
                return (separator, next);
            }

            at = separator + 1;
        }

        return (0, 0);
    }

    private const int MaxFieldLead = 48;

    private static readonly SearchValues<char> FieldSeparators = SearchValues.Create("|｜·•；;");

    // A label inside the value an open slot takes is a sub-point of it: under a sub-heading, in the label's own block,
    // in a deeper list item or a paragraph, or as the value's first line. A list item as deep as the label's is its sibling.
    private bool IsSubPoint(DigestBlock block) =>
        _open && _openTakesBlocks
        && (_openFromHeading || ReferenceEquals(block, _openBlock) || !HasValue
            || (block.Kind == BlockKind.ListItem && _openBlock is { Kind: BlockKind.ListItem } opener && block.Level > opener.Level)
            || block.Kind != BlockKind.ListItem);

    // A line the label table knows as a label, standing alone without bold or colon (查看完整摘要, Abstract).
    private static bool IsKnownLabelAlone(string line, out string label, out int valueStart)
    {
        (label, valueStart) = (string.Empty, line.Length);
        if (!LabelTable.TryMatch(line, LabelGroups.All, out var match) || !match.IsAlone)
        {
            return false;
        }

        label = line[LabelText.SkipDecoration(line, out _)..].Trim().TrimEnd(':', '：').Trim();
        return label.Length > 0;
    }

    // A value taken from the blocks after its label ends where a line of its own kind comes: an author or
    // category line, a short line of ids and links (a toolbar), once the value has a line.
    private bool EndsTakenValue(DigestBlock block, string line) =>
        _openTakesBlocks && HasValue
        && (SlotContent.Classify(line, _titleIsCjk, firstText: false) != RecordSlotKind.Text || IsLinkLine(block, line));

    private static bool IsLinkLine(DigestBlock block, string line) =>
        line.Length <= 80 && (block.Links.Count > 0 || LinkExtractor.ContainsLink(line)) && (line.Contains('|') || IsButton(block, line) || LinkExtractor.ContainsLink(line));

    // The title in the other script comes early: before any label, at most after a short line (a score, a date).
    private bool MayBeAlternateTitle() =>
        _slots.Count <= 2 && _slots.TrueForAll(s => s.Kind is not (RecordSlotKind.AlternateTitle or RecordSlotKind.Labelled) && s.Value.Length <= 16);

    // A line that is one link's text ("查看详细总结 →", "PDF") is a button, never a title. A toolbar has a few links:
    // a block of many is not searched line by line (that would be quadratic).
    private static bool IsButton(DigestBlock block, string line)
    {
        if (block.Links.Count > MaxToolbarLinks)
        {
            return false;
        }

        var text = line.AsSpan().Trim();
        foreach (var link in block.Links)
        {
            if (text.SequenceEqual(link.Text.AsSpan().Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the bold run that starts at <paramref name="at"/> in the block's text, or 0.</summary>
    internal static int StrongAt(DigestBlock block, int at)
    {
        for (var i = 0; i < block.Strong.Count; i++)
        {
            var (start, length) = block.Strong[i];
            if (start == at)
            {
                return length;
            }

            if (start > at)
            {
                break;
            }
        }

        return 0;
    }

    private static string SubHeadingLabel(string heading)
    {
        var text = RecordTitle.Read(new DigestBlock { Kind = BlockKind.Heading, Text = heading }, heading, out _);
        return text.Length > 0 ? text : heading.Trim();
    }

    private void AddLinks(DigestBlock block)
    {
        for (var i = 0; i < block.Links.Count; i++)
        {
            var link = block.Links[i];
            if (LinkExtractor.IsWebUrl(link.Target))
            {
                _links.Add(LinkExtractor.Classify(link.Target));
            }
        }

        LinkExtractor.Extract(block.Text, _links);
    }

    private void Open(string? label, RecordSlotKind kind, int line, bool takesBlocks)
    {
        Close();
        (_openLabel, _openKind, _openFirst, _openLast, _open, _openTakesBlocks) = (label, kind, line, line, true, takesBlocks);
    }

    private bool HasValue => _single is not null || _value.Length > 0;

    // A value of one line is that line's string or a substring of it; only a value of two lines or more is built.
    private void Append(string source, int start, int line)
    {
        var trimmed = source.AsSpan(start).Trim();
        if (trimmed.IsEmpty)
        {
            return;
        }

        var at = start + (source.Length - start - source.AsSpan(start).TrimStart().Length);
        if (!HasValue)
        {
            (_single, _singleStart, _singleLength) = (source, at, trimmed.Length);
        }
        else
        {
            if (_single is not null)
            {
                _value.Append(_single, _singleStart, _singleLength);
                _single = null;
            }

            _value.Append('\n').Append(trimmed);
        }

        _openLast = Math.Max(_openLast, line);
    }

    private string TakeValue()
    {
        if (_single is { } single)
        {
            _single = null;
            return _singleStart == 0 && _singleLength == single.Length ? single : single.Substring(_singleStart, _singleLength);
        }

        var value = _value.ToString();
        _value.Clear();
        return value;
    }

    private void Close()
    {
        if (!_open)
        {
            return;
        }

        var value = TakeValue();
        if (_openLabel is not null)
        {
            LinkExtractor.AddWholeArxivId(value, _links);
        }

        _slots.Add(new RecordSlot(_openKind, _openLabel, value, new LineSpan(_openFirst, _openLast)) { Tentative = _openTentative, Nested = _openNested });
        _open = false;
        _openTakesBlocks = false;
        _openTentative = null;
        _openNested = false;
        _openBlock = null;
        _openFromHeading = false;
    }
}
