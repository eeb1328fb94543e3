namespace PaperDigest.Records;

/// <summary>One slot of an induced record: a labelled value, or an unlabelled line typed by its content.</summary>
/// <param name="Kind">What the slot holds.</param>
/// <param name="Label">The label as the document writes it (decoration and colon removed); <see langword="null"/> for unlabelled slots.</param>
/// <param name="Value">The slot's plain text (lines joined with <c>\n</c>); empty for a label with no value.</param>
/// <param name="Lines">The input lines the slot came from.</param>
public sealed record RecordSlot(RecordSlotKind Kind, string? Label, string Value, LineSpan Lines)
{
    /// <summary>The label line as written, for a label found by shape alone (no bold) or inside another slot's value: the template decides whether it is one.</summary>
    internal string? Tentative { get; init; }

    /// <summary>Whether the label came while another slot took the following blocks (a sub-point of that slot's value).</summary>
    internal bool Nested { get; init; }
}
