namespace PaperDigest.Query;

/// <summary>One searchable text of an entry: its JSON path, the text, its search fold and its ranking weight.</summary>
internal sealed record SearchableField(string Name, string Text, string Folded, double Weight, bool IsTitle);
