namespace PaperDigest.Tests.Synthetic;

/// <summary>A generated brief or collection (a digest of items): its text, the template that rendered it, the layout it is, and its parts' items in order.</summary>
public sealed record SyntheticDigest(string Template, DigestFormat Layout, string Text, IReadOnlyList<(string Name, IReadOnlyList<SyntheticItem> Items)> Parts)
{
    /// <summary>Whether the parts were written as headings (a collection may list its items without them).</summary>
    public bool Grouped { get; init; } = true;

    public IEnumerable<SyntheticItem> Items => Parts.SelectMany(p => p.Items);
}
