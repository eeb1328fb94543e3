namespace PaperDigest;

/// <summary>A concept proposed for labels no concept takes, for a curator to review (see <see cref="TagTaxonomy.SuggestConcepts"/>).</summary>
/// <param name="Concept">The proposed concept: its id, the commonest spelling as preferred label, the other spellings as alternative labels.
/// When the id is an existing concept's, the labels are new alternative labels for it.</param>
/// <param name="Count">How many tag occurrences the concept would take.</param>
/// <param name="Evidence">Why these labels are grouped: the spellings with their counts and any acronym merge.</param>
public sealed record TagSuggestion(TagConcept Concept, int Count, string Evidence)
{
    /// <summary>
    /// Writes suggestions as a taxonomy JSON document (schema in <c>docs/taxonomy.md</c>), each concept's evidence and
    /// count in its <c>note</c>, ready to review and load with <see cref="TagTaxonomyBuilder.AddJson(string)"/>.
    /// </summary>
    /// <param name="suggestions">The suggestions, e.g. from <see cref="TagTaxonomy.SuggestConcepts"/>.</param>
    /// <returns>The JSON text.</returns>
    public static string ToTaxonomyJson(IEnumerable<TagSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return Taxonomy.TaxonomyJson.Write(
            "Proposed concepts for unmapped tags: review, edit ids and labels, then load with --taxonomy (UseTaxonomy in code).",
            suggestions.Select(s => (s.Concept, (string?)string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s.Count} occurrence(s): {s.Evidence}"))));
    }
}
