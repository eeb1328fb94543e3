namespace PaperDigest.Tests.Synthetic;

/// <summary>A generated catalog: its text, the template that rendered it, and the papers in order.</summary>
public sealed record SyntheticCatalog(string Template, string Format, string Text, IReadOnlyList<(string Name, IReadOnlyList<SyntheticPaper> Papers)> Sections)
{
    public IEnumerable<SyntheticPaper> Papers => Sections.SelectMany(s => s.Papers);
}
