namespace PaperDigest.Records;

/// <summary>What a slot of an induced record holds, as its label or its content says.</summary>
public enum RecordSlotKind
{
    /// <summary>Text with nothing more specific to say about it.</summary>
    Text,

    /// <summary>A value under a label (<c>作者：…</c>, <c>**Authors:**</c>, a sub-heading, a table column).</summary>
    Labelled,

    /// <summary>A line that is a list of person names, unlabelled.</summary>
    Authors,

    /// <summary>A line of subject categories (<c>cs.CL cs.AI</c>), unlabelled.</summary>
    Categories,

    /// <summary>A short line in another script than the record's title: the title in the other language.</summary>
    AlternateTitle,
}
