namespace PaperDigest;

/// <summary>How a parse treats input that does not fit its layout.</summary>
public enum ParseMode
{
    /// <summary>Never throw on bad input: return the document with diagnostics. The default.</summary>
    Lenient,

    /// <summary>Throw <see cref="DigestParseException"/> when the parse produces any warning or error.</summary>
    Strict,
}
