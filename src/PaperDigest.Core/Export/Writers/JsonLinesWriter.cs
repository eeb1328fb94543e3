using System.Text.Encodings.Web;
using System.Text.Json;
using static PaperDigest.Export.Writers.PaperJson;

namespace PaperDigest.Export.Writers;

/// <summary>
/// JSON Lines: one paper per line, an object with <c>schema</c> (its version, <see cref="SchemaVersion"/>), the
/// sources it was read from (path and ordinal), and every fact of <see cref="PaperRecord"/>.
/// </summary>
internal sealed class JsonLinesWriter : IPaperWriter
{
    /// <summary>The version of the line schema; it rises when a member changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "jsonl";

    public string FileExtension => ".jsonl";

    public void Write(IEnumerable<PaperRecord> papers, Stream output)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, Options);
        foreach (var paper in papers)
        {
            json.Reset(output);
            json.WriteStartObject();
            json.WriteNumber("schema", SchemaVersion);
            json.WriteString("path", paper.Sources.Count > 0 ? paper.Sources[0].Path : null);
            json.WriteStartArray("sources");
            foreach (var source in paper.Sources)
            {
                json.WriteStartObject();
                json.WriteString("path", source.Path);
                json.WriteNumber("ordinal", source.Ordinal);
                json.WriteString("format", source.Format.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Optional(json, "title", paper.Title);
            Optional(json, "translatedTitle", paper.TranslatedTitle);
            PaperJson.WriteAuthors(json, "authors", paper.Authors);
            json.WriteBoolean("moreAuthors", paper.MoreAuthors);
            if (paper.Date is { } date)
            {
                json.WriteStartObject("date");
                json.WriteNumber("year", date.Year);
                if (date.Month is { } month)
                {
                    json.WriteNumber("month", month);
                }

                if (date.Day is { } day)
                {
                    json.WriteNumber("day", day);
                }

                json.WriteString("source", date.Source.ToString());
                json.WriteEndObject();
            }

            Optional(json, "venue", paper.Venue);
            Optional(json, "arxivId", paper.ArxivId);
            Optional(json, "primaryClass", paper.PrimaryClass);
            Optional(json, "doi", paper.Doi);
            Optional(json, "url", paper.Url);
            json.WriteStartArray("tags");
            foreach (var tag in paper.Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            Optional(json, "section", paper.Section);
            Optional(json, "abstract", paper.Abstract);
            json.WriteEndObject();
            json.Flush();
            output.WriteByte((byte)'\n');
        }
    }
}
