namespace PaperDigest.Records;

/// <summary>The block shape that opens each record of a document.</summary>
public enum RecordUnitKind
{
    /// <summary>No repeated record was found.</summary>
    None,

    /// <summary>Headings of one level; a record runs to the next heading of that level or higher.</summary>
    Heading,

    /// <summary>The data rows of tables; a record is one row, its slots named by the header row.</summary>
    TableRow,

    /// <summary>List items of one depth; a record is an item with the deeper items under it.</summary>
    ListItem,

    /// <summary>Paragraphs that open with a bold lead (<c>**Title**</c>) that is not a label.</summary>
    BoldLead,

    /// <summary>Runs of lines between blank lines in plain text; the first line is the title.</summary>
    Chunk,

    /// <summary>Runs of blocks between horizontal rules (<c>---</c>, <c>&lt;hr&gt;</c>); the first line is the title.</summary>
    RuleSeparated,

    /// <summary>The whole document is one record, its slots the keys of its front matter (a paper's own page).</summary>
    FrontMatter,

    /// <summary>A page's repeated box: sibling elements of one tag and class (cards), each holding the record's blocks.</summary>
    Container,
}
