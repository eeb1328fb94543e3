using PaperDigest.Serialization;

namespace PaperDigest.Cli;

/// <summary>Opens the input a command names: a file path, or <c>-</c> for standard input.</summary>
internal static class InputReader
{
    public static DigestDocument Load(string input, DigestPipeline pipeline, Func<Stream> openStdin)
    {
        if (input == "-")
        {
            using var stdin = openStdin();
            return Digest.Load(stdin, pipeline);
        }

        if (!File.Exists(input))
        {
            throw new UsageException(Directory.Exists(input) ? $"'{input}' is a directory, not a file" : $"file not found: {input}");
        }

        return Digest.LoadFile(input, pipeline);
    }

    public static string ReadText(string input, Func<Stream> openStdin)
    {
        if (input == "-")
        {
            using var reader = new StreamReader(openStdin());
            return reader.ReadToEnd();
        }

        if (!File.Exists(input))
        {
            throw new UsageException(Directory.Exists(input) ? $"'{input}' is a directory, not a file" : $"file not found: {input}");
        }

        return File.ReadAllText(input);
    }

    public static void WriteJson(TextWriter stdout, string json) => stdout.WriteLine(json);

    public static string ToJson(DigestDocument document) => DigestJson.Serialize(document, indented: true);
}
