using System.Text.Encodings.Web;
using System.Text.Json;

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
            WriteAuthors(json, paper);
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

    private static void WriteAuthors(Utf8JsonWriter json, PaperRecord paper)
    {
        if (paper.Authors.Count == 0)
        {
            return;
        }

        json.WriteStartArray("author");
        foreach (var name in paper.Authors)
        {
            json.WriteStartObject();
            if (name.IsLiteral)
            {
                json.WriteString("literal", name.Literal);
            }
            else
            {
                json.WriteString("family", name.Family);
                json.WriteString("given", name.Given);
                Optional(json, "suffix", name.Suffix);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }
}
