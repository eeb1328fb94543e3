namespace PaperDigest.Records;

/// <summary>
/// A document's repeated record, as <see cref="RecordInducer"/> found it in the block tree: which block shape opens
/// each record, the records with their typed slots, the regions (headings) that group them, and how regular they are.
/// </summary>
public sealed record RecordSet
{
    /// <summary>No record: the document has no repeated unit.</summary>
    public static RecordSet None { get; } = new();

    /// <summary>The block shape that opens each record.</summary>
    public RecordUnitKind Unit { get; init; }

    /// <summary>For <see cref="RecordUnitKind.Heading"/> the heading level, for <see cref="RecordUnitKind.ListItem"/> the list depth; else 0.</summary>
    public int Level { get; init; }

    /// <summary>The records in document order.</summary>
    public IReadOnlyList<InducedRecord> Records { get; init; } = [];

    /// <summary>Headings above the records, in document order, and the unit's blocks that hold no record (an essay part among the papers).</summary>
    public IReadOnlyList<RecordRegion> Regions { get; init; } = [];

    /// <summary>The labels most records share (the template), normalized, most frequent first.</summary>
    public IReadOnlyList<string> TemplateLabels { get; init; } = [];

    /// <summary>The share of records that name a paper (<see cref="InducedRecord.IsPaper"/>).</summary>
    public double PaperShare { get; init; }

    /// <summary>The share of records that fit the template: a shared label, or the same typed slots as the others.</summary>
    public double Regularity { get; init; }

    /// <summary>The share of the records' text that stands under a label (a catalog's records are mostly labelled slots; a blog's sections mostly prose).</summary>
    public double LabelledShare { get; init; }

    /// <summary>The share of the document's lines (first block to last) that lie in records: most of a catalog, one part of a brief.</summary>
    public double Coverage { get; init; }

    /// <summary>The number of records that name a paper.</summary>
    public int PaperCount { get; init; }

    /// <summary>Whether the records are a catalog of papers: two or more, most naming a paper, most fitting one template; or one paper's page described by its front matter.</summary>
    public bool IsPaperCatalog => PaperCount >= (Unit == RecordUnitKind.FrontMatter ? 1 : 2) && PaperShare >= 0.6 && Regularity >= 0.6;

    /// <summary>The structure in a few words: <c>150 records (heading 3), 100% papers, template: arxiv, 分类, 核心内容</c>.</summary>
    public string Evidence => Unit == RecordUnitKind.None
        ? "no repeated record"
        : $"{Records.Count} records ({Unit.ToString().ToLowerInvariant()}{(Level > 0 ? " " + Level : string.Empty)}), {PaperShare:P0} papers, {Regularity:P0} regular"
          + (TemplateLabels.Count > 0 ? ", template: " + string.Join(", ", TemplateLabels.Take(5)) : string.Empty);
}
