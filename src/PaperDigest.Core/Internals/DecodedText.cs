namespace PaperDigest.Internals;

/// <summary>Text decoded from bytes: the encoding chosen, why, and how many sequences could not be decoded.</summary>
internal readonly record struct DecodedText(string Text, string Encoding, string Reason, int InvalidSequences);
