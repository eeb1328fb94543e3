using System.Text.Encodings.Web;
using System.Text.Json;
using static PaperDigest.Export.Writers.PaperJson;

namespace PaperDigest.Export.Writers;

/// <summary>
/// CSL-JSON (the CSL 1.0.2 item schema) that citeproc processors and citation-js read: an array of items of type
/// <c>article</c> (a preprint) with title, authors (<c>family</c>/<c>given</c> or <c>literal</c>), <c>issued</c> date
/// parts, URL, DOI, the arXiv id as <c>number</c>, keywords, abstract and the venue as <c>container-title</c>.
/// </summary>
internal sealed class CslJsonWriter : IPaperWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "csljson";

    public string FileExtension => ".json";

    public void Write(IEnumerable<PaperRecord> papers, Stream output)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, Options);
        var keys = new CitationKeys();
        json.WriteStartArray();
        foreach (var paper in papers)
        {
            json.WriteStartObject();
            json.WriteString("id", keys.Next(paper));
            json.WriteString("type", paper.Venue is null ? "article" : "paper-conference");
            Optional(json, "title", paper.Title);
            if (paper.Authors.Count > 0)
            {
                PaperJson.WriteAuthors(json, "author", paper.Authors);
            }

            if (paper.Date is { } date)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                json.WriteNumberValue(date.Year);
                if (date.Month is { } month)
                {
                    json.WriteNumberValue(month);
                    if (date.Day is { } day)
                    {
                        json.WriteNumberValue(day);
                    }
                }

                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            Optional(json, "URL", paper.Url);
            Optional(json, "DOI", paper.Doi);
            if (paper.ArxivId is { } id)
            {
                json.WriteString("number", id);
                json.WriteString("publisher", "arXiv");
                json.WriteString("genre", "Preprint");
            }

            Optional(json, "container-title", paper.Venue);
            Optional(json, "keyword", paper.Tags.Count == 0 ? null : string.Join(", ", paper.Tags));
            Optional(json, "abstract", paper.Abstract);
            json.WriteEndObject();
            json.Flush();
        }

        json.WriteEndArray();
    }
}
