namespace PaperDigest.Query;

/// <summary>The kinds of query tokens.</summary>
internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    OpenParen,
    CloseParen,
    And,
    Or,
    Not,
    End,
}
