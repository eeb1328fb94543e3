namespace PaperDigest.Internals;

/// <summary>Text decoded from bytes: the encoding chosen, why, and how many sequences could not be decoded.</summary>
internal readonly record struct DecodedText(string Text, string Encoding, string Reason, int InvalidSequences)
{
    /// <summary>The declaration the bytes contradicted and that was not followed (<c>&lt;meta charset=utf-8&gt;</c>), if any.</summary>
    public string? Overridden { get; init; }
}
