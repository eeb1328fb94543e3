namespace PaperDigest.Records;

/// <summary>One record of a document's repeated unit: its title, its slots and where it lies.</summary>
public sealed record InducedRecord
{
    /// <summary>The record's title: the opening block's text without its list number, markup or trailing link words.</summary>
    public required string Title { get; init; }

    /// <summary>The number written before the title (<c>3.</c>, <c>[3]</c>), if any.</summary>
    public int? Number { get; init; }

    /// <summary>Index of the record's first block in <see cref="Blocks.BlockDocument.Blocks"/>.</summary>
    public int FirstBlock { get; init; }

    /// <summary>The number of blocks the record spans.</summary>
    public int BlockCount { get; init; }

    /// <summary>The input lines of the record.</summary>
    public LineSpan Lines { get; init; }

    /// <summary>The slots in document order.</summary>
    public IReadOnlyList<RecordSlot> Slots { get; init; } = [];

    /// <summary>Every link of the record, typed, without repeats, in order.</summary>
    public IReadOnlyList<DigestLink> Links { get; init; } = [];

    /// <summary>The index of the region (a heading above the records) the record lies in, or <see langword="null"/>.</summary>
    public int? RegionIndex { get; init; }

    /// <summary>Whether the record names a paper: an arXiv, DOI, OpenReview or Hugging Face paper id, or an author list.</summary>
    public bool IsPaper { get; init; }

    /// <summary>The first slot with <paramref name="kind"/>, or <see langword="null"/>.</summary>
    /// <param name="kind">The slot kind.</param>
    /// <returns>The slot.</returns>
    public RecordSlot? Slot(RecordSlotKind kind)
    {
        foreach (var slot in Slots)
        {
            if (slot.Kind == kind)
            {
                return slot;
            }
        }

        return null;
    }
}
