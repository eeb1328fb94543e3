using System.Globalization;
using System.Text.Json;
using PaperDigest.Serialization;

namespace PaperDigest.Cli;

/// <summary><c>paperdigest groups FILE|DIR... [--json]</c>: entries, across documents, that describe the same paper.</summary>
internal static class GroupsCommand
{
    public static int Run(CommandLine command, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        if (CorpusInput.Load(command, stderr, stderrIsTerminal, out var failed) is not { } corpus)
        {
            return CliApp.UsageError;
        }

        var groups = corpus.Entries.GroupPapers();
        if (command.Has("--json"))
        {
            WriteJson(stdout, corpus, groups);
        }
        else
        {
            Print(stdout, corpus, groups);
        }

        return failed > 0 ? CliApp.UsageError : CliApp.Ok;
    }

    private static void Print(TextWriter output, DigestCorpus corpus, IReadOnlyList<PaperGroup> groups)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture,
            $"{groups.Count} paper(s) described by more than one entry, over {corpus.Entries.Count} entries in {corpus.Documents.Count} document(s)"));
        foreach (var group in groups)
        {
            output.WriteLine(string.Create(culture, $"{group.Title ?? group.Key}  ({group.Entries.Count} entries, {group.Key})"));
            foreach (var entry in group.Entries)
            {
                output.WriteLine($"    {CorpusInput.Location(entry)}  {CorpusInput.Caption(entry, 60)}");
            }

            foreach (var link in group.Links)
            {
                output.WriteLine($"    link: {link.Url}");
            }
        }
    }

    private static void WriteJson(TextWriter output, DigestCorpus corpus, IReadOnlyList<PaperGroup> groups)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = DigestJson.Options().Encoder }))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", corpus.Documents.Count);
            json.WriteNumber("entries", corpus.Entries.Count);
            json.WriteStartArray("groups");
            foreach (var group in groups)
            {
                json.WriteStartObject();
                json.WriteString("key", group.Key);
                json.WriteString("title", group.Title);
                json.WriteStartArray("entries");
                foreach (var entry in group.Entries)
                {
                    json.WriteStartObject();
                    json.WriteString("path", entry.Path);
                    json.WriteNumber("documentIndex", entry.Document.Index);
                    json.WriteNumber("ordinal", entry.Ordinal);
                    json.WriteString("title", entry.Title);
                    json.WriteString("publisher", entry.Publisher);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WritePropertyName("links");
                JsonSerializer.Serialize(json, group.Links, DigestJson.TypeInfo<IReadOnlyList<DigestLink>>());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
