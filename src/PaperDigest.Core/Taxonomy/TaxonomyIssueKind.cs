namespace PaperDigest;

/// <summary>Kinds of problems a <see cref="TagTaxonomyBuilder"/> finds and reports instead of resolving silently.</summary>
public enum TaxonomyIssueKind
{
    /// <summary>One label (by its normalized key) is claimed by two or more concepts; it resolves to none of them.</summary>
    LabelConflict,

    /// <summary>A concept names a broader concept that does not exist; the link is ignored.</summary>
    UnknownBroader,

    /// <summary>Following broader links leads back to the concept; the link that closes the cycle is ignored.</summary>
    BroaderCycle,
}
