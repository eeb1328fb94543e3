namespace PaperDigest.Parsing.Catalog;

/// <summary>
/// A table of papers written as pipe rows (<c>| # | 题目 | 一句话要点 | 标签 |</c>): the header row's cells are
/// labels of <see cref="LabelTable"/> and say which column holds the title, the one-line summary, the tags,
/// the authors, a field or the abstract; every row after it is one paper.
/// </summary>
internal sealed class CatalogTable
{
    private static readonly string[] NumberHeaders = ["#", "No.", "No", "序号", "序號", "编号", "編號"];

    private readonly List<(int Column, LabelRole Role, EntryField Field)> _columns = [];
    private int _number = -1;

    /// <summary>Whether <paramref name="row"/> is a header row (see <see cref="TryHeader"/>).</summary>
    public static bool IsHeader(ReadOnlySpan<char> row) => TryHeader(row, out _);

    /// <summary>Reads a header row: at least two known column labels, one of them the title.</summary>
    public static bool TryHeader(ReadOnlySpan<char> row, out CatalogTable table)
    {
        table = new CatalogTable();
        var inner = Inner(row);
        var column = 0;
        foreach (var range in inner.Split('|'))
        {
            var cell = LabelText.StripMarkdown(inner[range]);
            if (IsNumberHeader(cell))
            {
                table._number = column;
            }
            else if (LabelTable.TryMatch(cell, LabelGroups.All, out var label) && label.IsAlone)
            {
                table._columns.Add((column, label.Role, label.Field));
            }

            column++;
        }

        return table._columns.Count >= 2 && table._columns.Exists(c => c.Role == LabelRole.PaperTitle);
    }

    /// <summary>Reads a data row into a paper (ordinal and category are the reader's to set).</summary>
    public DigestEntry ReadRow(ReadOnlySpan<char> row, int line, DigestParseContext context, LinkSet links)
    {
        links.Clear();
        LinkExtractor.Extract(row, links);
        var inner = Inner(row);
        var cells = new List<string>();
        foreach (var range in inner.Split('|'))
        {
            cells.Add(inner[range].Trim().ToString());
        }

        // A cell under the header that holds an arXiv id alone names the row's paper.
        for (var column = 0; column < cells.Count; column++)
        {
            if (column != _number)
            {
                LinkExtractor.AddWholeArxivId(MarkdownLine.Read(cells[column]).Text, links);
            }
        }

        string? Cell(int column) =>
            column >= 0 && column < cells.Count && MarkdownLine.Read(cells[column]).Text is { Length: > 0 } text ? text : null;

        string? title = null, tlDr = null, abstractText = null;
        string[] authors = [];
        var tags = new TagList();
        var fields = new Dictionary<EntryField, string>();
        foreach (var (column, role, field) in _columns)
        {
            switch (role)
            {
                case LabelRole.PaperTitle:
                    title = Cell(column);
                    break;
                case LabelRole.TlDr:
                    tlDr = Cell(column);
                    break;
                case LabelRole.Abstract:
                    abstractText = Cell(column);
                    break;
                case LabelRole.Authors:
                    authors = AuthorNames.Split(Cell(column));
                    break;
                case LabelRole.Keywords when column < cells.Count:
                    TagSplitter.SplitKeywords(cells[column], tags, context);
                    break;
                case LabelRole.Field when Cell(column) is { } value:
                    fields[field] = value;
                    break;
            }
        }

        return new DigestEntry
        {
            Kind = EntryKind.Paper,
            Number = int.TryParse(Cell(_number), System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null,
            Title = title,
            Authors = authors,
            TlDr = tlDr,
            Abstract = abstractText,
            Tags = tags.ToArray(),
            Fields = fields.AsReadOnly(),
            Links = links.Count == 0 ? [] : links.ToArray(),
            Span = new LineSpan(line, line),
        };
    }

    private static bool IsNumberHeader(ReadOnlySpan<char> cell)
    {
        foreach (var header in NumberHeaders)
        {
            if (cell.Equals(header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The row between its outer pipes.
    private static ReadOnlySpan<char> Inner(ReadOnlySpan<char> row)
    {
        var trimmed = row.Trim();
        return trimmed.Length >= 2 ? trimmed[1..^1] : [];
    }
}
