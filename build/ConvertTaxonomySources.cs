// Build-time conversion of the open concept schemes in data/taxonomy/ into the embedded taxonomy JSON
// (docs/taxonomy.md). Compiled by MSBuild's RoslynCodeTaskFactory, so it targets netstandard: no
// System.Text.Json, hand-written JSON output. See data/taxonomy/README.md for the sources.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class ConvertTaxonomySources : Task
{
    [Required] public string ArxivCategories { get; set; }
    [Required] public string OpenAlexTopics { get; set; }
    [Required] public string ChineseLabels { get; set; }
    [Required] public string ArxivOutput { get; set; }
    [Required] public string OpenAlexOutput { get; set; }

    public override bool Execute()
    {
        var chinese = ReadChinese(ChineseLabels);
        var arxiv = ConvertArxiv(ReadRows(ArxivCategories), chinese);
        var openAlex = ConvertOpenAlex(ReadRows(OpenAlexTopics), chinese);
        Write(ArxivOutput, "arXiv category taxonomy (arXiv/arxiv-base, MIT): archives and categories.", arxiv);
        Write(OpenAlexOutput, "OpenAlex topic keywords (CC0) under their subfields and fields.", openAlex);
        Log.LogMessage(MessageImportance.Low, "Taxonomy sources: {0} arXiv and {1} OpenAlex concepts.", arxiv.Count, openAlex.Count);
        return !Log.HasLoggedErrors;
    }

    /// <summary>Archives (`cs`) and categories (`cs.CV`): the code is the first alternative label, aliases follow.</summary>
    private static List<Concept> ConvertArxiv(List<string[]> rows, Dictionary<string, string[]> chinese)
    {
        var concepts = new List<Concept>();
        var byCode = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r[0] == "archive"))
        {
            var concept = new Concept(Id(row[1]), row[2]) { Codes = { row[1] } };
            AddChinese(concept, row, 3);
            concepts.Add(concept);
            byCode[row[1]] = concept;
        }

        foreach (var row in rows.Where(r => r[0] == "category" && r.Length > 4 && r[4].Length == 0))
        {
            if (byCode.ContainsKey(row[1]))
            {
                continue; // a one-category archive such as quant-ph is its own category
            }

            var concept = new Concept(Id(row[1]), row[2]) { Codes = { row[1] } };
            AddChinese(concept, row, 5);
            if (byCode.TryGetValue(row[3], out var archive))
            {
                concept.Broader.Add(archive.Id);
            }

            concepts.Add(concept);
            byCode[row[1]] = concept;
        }

        // An alias (math.IT for cs.IT) is another code of its canonical category.
        foreach (var row in rows.Where(r => r[0] == "category" && r.Length > 4 && r[4].Length > 0))
        {
            if (byCode.TryGetValue(row[4], out var canonical))
            {
                canonical.Codes.Add(row[1]);
            }
        }

        return concepts;
    }

    /// <summary>Fields, subfields, then every keyword once, under the subfields of the topics that list it.</summary>
    private static List<Concept> ConvertOpenAlex(List<string[]> rows, Dictionary<string, string[]> chinese)
    {
        var fields = new Dictionary<string, Concept>(StringComparer.Ordinal);
        var subfields = new Dictionary<string, Concept>(StringComparer.Ordinal);
        var keywords = new Dictionary<string, Concept>(StringComparer.Ordinal);
        var keywordOrder = new List<string>();
        foreach (var row in rows.Where(r => r.Length >= 7))
        {
            if (!fields.TryGetValue(row[4], out var field))
            {
                fields.Add(row[4], field = new Concept(Id(row[5]), row[5]));
            }

            if (!subfields.TryGetValue(row[2], out var subfield))
            {
                subfields.Add(row[2], subfield = new Concept(Id(row[3]), row[3]));
                subfield.Broader.Add(field.Id);
            }

            foreach (var keyword in row[6].Split('|').Select(k => k.Trim()).Where(k => k.Length > 0))
            {
                var id = Id(keyword);
                if (id.Length == 0)
                {
                    continue;
                }

                if (!keywords.TryGetValue(id, out var concept))
                {
                    keywords.Add(id, concept = new Concept(id, keyword));
                    keywordOrder.Add(id);
                }

                if (!concept.Broader.Contains(subfield.Id))
                {
                    concept.Broader.Add(subfield.Id);
                }
            }
        }

        var all = fields.Values.Concat(subfields.Values).Concat(keywordOrder.Select(id => keywords[id])).ToList();
        var unused = new Dictionary<string, string[]>(chinese, StringComparer.Ordinal);
        foreach (var concept in all)
        {
            if (chinese.TryGetValue(Key(concept.English), out var labels))
            {
                SetChinese(concept, labels.Skip(1).ToArray());
                unused.Remove(Key(concept.English));
            }
        }

        // Our own bilingual terms that no topic lists come first, so a later spelling of theirs joins them.
        var own = unused.Values.Select(labels =>
        {
            var concept = new Concept(Id(labels[0]), labels[0]);
            SetChinese(concept, labels.Skip(1).ToArray());
            return concept;
        }).Where(c => c.Id.Length > 0).ToList();
        return own.Concat(all).ToList();
    }

    private static void SetChinese(Concept concept, string[] labels)
    {
        concept.ZhHans = labels.Length > 0 && labels[0].Length > 0 ? labels[0] : null;
        concept.ZhHant = labels.Length > 1 && labels[1].Length > 0 ? labels[1] : null;
    }

    /// <summary>A rough match key for English labels: lower case, hyphens as spaces, the last word without a plural s.</summary>
    private static string Key(string label)
    {
        var words = label.ToLowerInvariant().Replace('-', ' ').Replace('_', ' ').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "";
        }

        var last = words[words.Length - 1];
        if (last.Length > 3 && last.EndsWith("s", StringComparison.Ordinal) && !last.EndsWith("ss", StringComparison.Ordinal)
            && !last.EndsWith("us", StringComparison.Ordinal) && !last.EndsWith("is", StringComparison.Ordinal) && !last.EndsWith("ics", StringComparison.Ordinal))
        {
            words[words.Length - 1] = last.Substring(0, last.Length - 1);
        }

        return string.Join(" ", words);
    }

    private static void AddChinese(Concept concept, string[] row, int column)
    {
        concept.ZhHans = row.Length > column && row[column].Length > 0 ? row[column] : null;
        concept.ZhHant = row.Length > column + 1 && row[column + 1].Length > 0 ? row[column + 1] : null;
    }

    /// <summary>Kebab-case ASCII id: accents dropped (`Schrödinger` → `schrodinger`), other characters separate words.</summary>
    private static string Id(string text)
    {
        var id = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                id.Append(c);
            }
            else if (c >= 'A' && c <= 'Z')
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (id.Length > 0 && id[id.Length - 1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().Trim('-');
    }

    private static List<string[]> ReadRows(string path) =>
        File.ReadAllLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToList();

    private static Dictionary<string, string[]> ReadChinese(string path)
    {
        var labels = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in ReadRows(path).Where(r => r.Length >= 2))
        {
            labels[Key(row[0])] = row; // English, zh-Hans, zh-Hant
        }

        return labels;
    }

    private static void Write(string path, string description, List<Concept> concepts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path));
        var json = new StringBuilder();
        json.Append("{\"description\":").Append(Quote(description)).Append(",\"concepts\":[\n");
        for (var i = 0; i < concepts.Count; i++)
        {
            concepts[i].WriteTo(json);
            json.Append(i + 1 < concepts.Count ? ",\n" : "\n");
        }

        json.Append("]}\n");
        var bytes = new UTF8Encoding(false).GetBytes(json.ToString());
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
        {
            gzip.Write(bytes, 0, bytes.Length); // embedded compressed: the package carries a fifth of the text
        }
    }

    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                default:
                    if (c < ' ')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    private sealed class Concept
    {
        public Concept(string id, string english)
        {
            Id = id;
            English = english;
        }

        public string Id { get; }
        public string English { get; }
        public string ZhHans { get; set; }
        public string ZhHant { get; set; }
        public List<string> Codes { get; } = new List<string>();
        public List<string> Broader { get; } = new List<string>();

        public void WriteTo(StringBuilder json)
        {
            json.Append("{\"id\":").Append(Quote(Id)).Append(",\"prefLabel\":{\"en\":").Append(Quote(English));
            if (ZhHans != null)
            {
                json.Append(",\"zh-Hans\":").Append(Quote(ZhHans));
            }

            if (ZhHant != null)
            {
                json.Append(",\"zh-Hant\":").Append(Quote(ZhHant));
            }

            json.Append('}');
            WriteList(json, "altLabel", Codes);
            WriteList(json, "broader", Broader);
            json.Append('}');
        }

        private static void WriteList(StringBuilder json, string name, List<string> values)
        {
            if (values.Count > 0)
            {
                json.Append(",\"").Append(name).Append("\":[").Append(string.Join(",", values.Select(Quote))).Append(']');
            }
        }
    }
}
