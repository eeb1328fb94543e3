using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperDigest.Blocks;

/// <summary>Reads YAML front matter (through YamlDotNet) into <see cref="DocumentMetadata"/>.</summary>
internal static class FrontMatterReader
{
    /// <summary>Front matter larger than this is not read as YAML (metadata is small; this bounds the work).</summary>
    public const int MaxLength = 64 * 1024;

    /// <summary>The metadata of the front matter that opens <paramref name="text"/>, or <see cref="DocumentMetadata.None"/>.</summary>
    public static DocumentMetadata ReadLeading(string text) =>
        FrontMatter.Find(text) is var (yaml, lines) ? Read(yaml, lines) ?? new DocumentMetadata { Lines = lines } : DocumentMetadata.None;

    /// <summary>The metadata of a YAML mapping, or <see langword="null"/> when the text is not a YAML mapping.</summary>
    public static DocumentMetadata? Read(string yaml, LineSpan lines)
    {
        if (yaml.Length > MaxLength)
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return null;
        }

        var keys = new MetadataKeys();
        foreach (var (key, value) in root.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                continue;
            }

            switch (value)
            {
                case YamlScalarNode scalar:
                    keys.Add(name, scalar.Value);
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children.OfType<YamlScalarNode>())
                    {
                        keys.Add(name, item.Value);
                    }

                    break;
            }
        }

        return keys.Build(lines);
    }
}
