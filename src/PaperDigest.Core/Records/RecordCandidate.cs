namespace PaperDigest.Records;

/// <summary>One way of cutting a document into records, before its slots are read: each record's block range and the regions above.</summary>
internal sealed class RecordCandidate(RecordUnitKind unit, int level)
{
    public RecordUnitKind Unit { get; } = unit;

    public int Level { get; } = level;

    /// <summary>Per record: first block, end block (exclusive), lines of the first block that are its title, region.</summary>
    public List<(int First, int End, int TitleLines, int? Region)> Ranges { get; } = [];

    public List<RecordRegion> Regions { get; } = [];
}
