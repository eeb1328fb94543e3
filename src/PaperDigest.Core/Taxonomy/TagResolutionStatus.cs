namespace PaperDigest;

/// <summary>What became of a label a <see cref="TagTaxonomy"/> was asked to resolve.</summary>
public enum TagResolutionStatus
{
    /// <summary>No concept has the label.</summary>
    Unmapped,

    /// <summary>Exactly one concept has the label.</summary>
    Mapped,

    /// <summary>Two or more concepts claim the label (see <see cref="TagTaxonomy.Issues"/>); none is chosen.</summary>
    Ambiguous,
}
