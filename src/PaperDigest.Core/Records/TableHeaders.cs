using PaperDigest.Blocks;

namespace PaperDigest.Records;

/// <summary>
/// The header row of each data row, for rows asked in document order: the walk back to a header stops where the
/// previous row's walk began, so a table of 100k rows costs one pass, not one walk per row.
/// </summary>
internal sealed class TableHeaders(IReadOnlyList<DigestBlock> blocks)
{
    private int _lastRow = -1;
    private DigestBlock? _lastHeader;

    public DigestBlock? Of(int row)
    {
        DigestBlock? header = null;
        var b = row - 1;
        for (; b >= 0 && blocks[b].Kind == BlockKind.TableRow; b--)
        {
            if (blocks[b].IsHeaderRow)
            {
                header = blocks[b];
                break;
            }

            if (b == _lastRow)
            {
                header = _lastHeader;
                break;
            }
        }

        (_lastRow, _lastHeader) = (row, header);
        return header;
    }
}
