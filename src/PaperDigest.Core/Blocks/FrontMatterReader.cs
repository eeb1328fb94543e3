using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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

        // YamlDotNet's event parser reads the text without building a tree: nesting does not recurse here, and an
        // alias is an event we count, never a copy. Deeper nesting or more aliases than metadata ever needs (a bomb
        // of nested aliases, a list nested 65,000 deep) leaves the front matter unread.
        var keys = new MetadataKeys();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            if (!ReadRootMapping(parser, keys))
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }

        return keys.Build(lines);
    }

    // Metadata is a flat mapping of scalars and lists of scalars: nesting deeper than this, or more aliases, is no metadata.
    private const int MaxDepth = 64;
    private const int MaxAliases = 64;

    // The first document's root mapping: each key with its scalar value or the scalars of its list; nested values are
    // passed over. False when the root is no mapping or a limit is reached.
    private static bool ReadRootMapping(Parser parser, MetadataKeys keys)
    {
        int depth = 0, aliases = 0;
        string? key = null;
        var expectKey = true;
        var rootSeen = false;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (depth == 0 && (rootSeen || parser.Current is not MappingStart))
                    {
                        return rootSeen;
                    }

                    rootSeen = true;
                    if (++depth > MaxDepth)
                    {
                        return false;
                    }

                    if (depth == 2 && parser.Current is MappingStart)
                    {
                        key = null; // a nested mapping value: not metadata
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    if (--depth == 1)
                    {
                        (key, expectKey) = (null, true);
                    }
                    else if (depth == 0)
                    {
                        return true;
                    }

                    break;
                case AnchorAlias:
                    if (++aliases > MaxAliases)
                    {
                        return false;
                    }

                    expectKey = depth == 1 ? !expectKey : expectKey;
                    break;
                case Scalar scalar when depth == 1:
                    if (expectKey)
                    {
                        key = scalar.Value;
                    }
                    else if (key is not null)
                    {
                        keys.Add(key, scalar.Value);
                    }

                    expectKey = !expectKey;
                    break;
                case Scalar scalar when depth == 2 && key is not null:
                    keys.Add(key, scalar.Value);
                    break;
                case DocumentEnd when rootSeen:
                    return true;
            }
        }

        return rootSeen;
    }
}
