namespace PaperDigest.Blocks;

/// <summary>
/// Where an image-only paragraph goes: it stays with the block before it (its lines and images join that block), so a
/// figure between paragraphs neither splits a record nor loses its address. With no block before it, it is a
/// paragraph of its alt text.
/// </summary>
internal static class BlockImages
{
    /// <summary>Whether an image with this address is kept: any address but an inline <c>data:</c> one (the image itself, not where it is).</summary>
    public static bool IsKept(string? source) =>
        source is not null && source.AsSpan().Trim() is { Length: > 0 } address && !address.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        && !address.ContainsAny('\n', '\r');

    public static void AttachToPrevious(List<DigestBlock> blocks, LineSpan lines, IReadOnlyList<BlockLink> images)
    {
        if (blocks.Count == 0)
        {
            if (images.Count > 0)
            {
                blocks.Add(new DigestBlock { Kind = BlockKind.Paragraph, Text = string.Empty, Lines = lines, Images = [.. images.Select(i => i with { Start = 0 })] });
            }

            return;
        }

        var previous = blocks[^1];
        if (lines.StartLine <= previous.Lines.EndLine && images.Count == 0)
        {
            return;
        }

        // The block's image list is ours once made here, so later figures append to it: a long run of image-only
        // paragraphs stays linear instead of copying the list each time.
        var all = previous.Images;
        if (images.Count > 0)
        {
            var list = previous.Images as List<BlockLink> ?? [.. previous.Images];
            list.AddRange(images.Select(i => i with { Start = previous.Text.Length }));
            all = list;
        }

        blocks[^1] = previous with
        {
            Lines = previous.Lines with { EndLine = Math.Max(previous.Lines.EndLine, lines.EndLine) },
            Images = all,
        };
    }
}
