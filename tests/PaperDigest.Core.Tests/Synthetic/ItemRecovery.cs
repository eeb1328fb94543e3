namespace PaperDigest.Tests.Synthetic;

/// <summary>
/// Compares a parse with the items it was generated from: an item is recovered when the document has the generated
/// layout and its entry, in order, has the item's title, its link, its summary among the entry's text, its part as the
/// entry's section, and (collections) its source as the publisher.
/// </summary>
public static class ItemRecovery
{
    public static (int Recovered, int Total, string? FirstMiss) Compare(SyntheticDigest collection, DigestDocument document)
    {
        var items = collection.Parts.SelectMany(p => p.Items.Select(item => (Part: collection.Grouped ? p.Name : null, Item: item))).ToList();
        if (document.Format != collection.Layout)
        {
            return (0, items.Count, $"{collection.Template}: read as {document.Format} ({document.Detection.Candidates[0].Reason})");
        }

        var recovered = 0;
        string? miss = null;
        for (var i = 0; i < items.Count; i++)
        {
            var why = document.Entries.Count == items.Count ? Mismatch(items[i].Part, items[i].Item, document, document.Entries[i]) : $"{document.Entries.Count} entries for {items.Count} items";
            if (why is null)
            {
                recovered++;
            }
            else
            {
                miss ??= $"{collection.Template} item {i + 1}: {why}";
            }
        }

        return (recovered, items.Count, miss);
    }

    private static string? Mismatch(string? part, SyntheticItem item, DigestDocument document, DigestEntry entry)
    {
        if (entry.Title != item.Title)
        {
            return $"title '{entry.Title}' for '{item.Title}'";
        }

        if (item.Url.Length > 0 && !entry.Links.Any(l => l.Url == item.Url))
        {
            return $"link {item.Url} not among {string.Join(" ", entry.Links.Select(l => l.Url))}";
        }

        var text = string.Join("\n", new[] { entry.Summary, entry.Body, entry.Abstract }.OfType<string>());
        if (!text.Contains(item.Summary, StringComparison.Ordinal))
        {
            return $"summary '{item.Summary}' not in '{text}'";
        }

        // A part's name is its section's title without the emoji or marks before it (as the corpus's gold files read it).
        var expected = part is null ? null : new string([.. part.SkipWhile(c => !char.IsLetterOrDigit(c))]);
        var section = entry.SectionIndex is { } s ? document.Sections[s].Title : null;
        if (section != expected)
        {
            return $"section '{section}' for '{expected}'";
        }

        return item.Publisher is { } publisher && entry.Publisher != publisher ? $"publisher '{entry.Publisher}' for '{publisher}'" : null;
    }
}
