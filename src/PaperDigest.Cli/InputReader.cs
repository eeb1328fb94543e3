using PaperDigest.Serialization;

namespace PaperDigest.Cli;

/// <summary>Opens the input a command names: a file path, or <c>-</c> for standard input.</summary>
internal static class InputReader
{
    private static readonly string[] DigestExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static DigestDocument Load(string input, DigestPipeline pipeline, Func<Stream> openStdin)
    {
        using var stream = Open(input, openStdin);
        return Digest.Load(stream, pipeline);
    }

    /// <summary>The bytes of a file, or standard input for <c>-</c>; the library detects their encoding.</summary>
    public static Stream Open(string input, Func<Stream> openStdin)
    {
        if (input == "-")
        {
            return openStdin();
        }

        if (!File.Exists(input))
        {
            throw new UsageException(Directory.Exists(input) ? $"'{input}' is a directory, not a file" : $"file not found: {input}");
        }

        return File.OpenRead(input);
    }

    public static void WriteJson(TextWriter stdout, string json) => stdout.WriteLine(json);

    public static string ToJson(DigestDocument document) => DigestJson.Serialize(document, indented: true);

    /// <summary>The files named, with directories expanded to the digest files under them (sorted).</summary>
    public static List<string> ExpandFiles(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => DigestExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new UsageException($"file not found: {input}");
            }
        }

        return files;
    }
}
