using System.Text;
using System.Text.Json;
using FluentAssertions;
using nietras.SeparatedValues;
using PaperDigest.Tests.Corpus;
using Xunit;

namespace PaperDigest.Tests.Export;

/// <summary>The export formats on fixtures and on the whole corpus: values as written, read back by strict readers.</summary>
public sealed class PaperWriterTests
{
    private static readonly PaperRecord Paper = new()
    {
        Title = "Sparse Routing -- 50% Faster & {Cheaper} for $_#^~\\",
        TranslatedTitle = "稀疏路由",
        Authors = [PersonName.Parse("Ludwig van Beethoven"), PersonName.Parse("张三"), PersonName.Parse("Kenneth Arnold Weber II")],
        MoreAuthors = true,
        Date = new PaperDate(2024, 10, null, PaperDateSource.ArxivId),
        Venue = "ICLR 2025",
        ArxivId = "2410.24164",
        PrimaryClass = "cs.LG",
        Url = "https://arxiv.org/abs/2410.24164",
        Abstract = "We route, \"sparsely\".\nSecond line.",
        Tags = ["mixture-of-experts", "efficiency"],
        Section = "效率",
        Sources = [new PaperSource("a/b.md", 3, DigestFormat.Catalog)],
    };

    [Fact]
    public void BibTex_escapes_LaTeX_keeps_Unicode_and_writes_arXiv_fields()
    {
        var text = Write(PaperWriters.BibTex, Paper, Paper with { Authors = [PersonName.Parse("Ludwig van Beethoven")], MoreAuthors = false });

        text.Should().StartWith("@misc{beethoven2024sparse,\n");
        text.Should().Contain(@"title = {{Sparse Routing -{}- 50\% Faster \& \{Cheaper\} for \$\_\#\textasciicircum{}\textasciitilde{}\textbackslash{}}},");
        text.Should().Contain("author = {van Beethoven, Ludwig and {张三} and Weber, II, Kenneth Arnold and others},");
        text.Should().Contain("  year = {2024},\n  month = oct,\n  eprint = {2410.24164},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.LG},\n");
        text.Should().Contain("@misc{beethoven2024sparsea,", "a second key of the same stem gets a suffix");
        text.Should().Contain("abstract = {We route, \"sparsely\". Second line.}");
    }

    [Fact]
    public void Csl_json_items_follow_the_CSL_schema()
    {
        using var json = JsonDocument.Parse(Write(PaperWriters.CslJson, Paper));
        var item = json.RootElement[0];

        item.GetProperty("type").GetString().Should().Be("paper-conference");
        item.GetProperty("author")[0].GetProperty("family").GetString().Should().Be("van Beethoven");
        item.GetProperty("author")[1].GetProperty("literal").GetString().Should().Be("张三");
        item.GetProperty("author")[2].GetProperty("suffix").GetString().Should().Be("II");
        item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).Should().Equal(2024, 10);
        item.GetProperty("number").GetString().Should().Be("2410.24164");
        item.GetProperty("container-title").GetString().Should().Be("ICLR 2025");
        item.GetProperty("keyword").GetString().Should().Be("mixture-of-experts, efficiency");
    }

    [Fact]
    public void Ris_writes_one_tagged_line_per_value()
    {
        var lines = Write(PaperWriters.Ris, Paper).Split('\n');

        lines.Should().ContainInOrder("TY  - CPAPER", "TI  - " + Paper.Title, "AU  - van Beethoven, Ludwig", "AU  - 张三", "AU  - Weber, Kenneth Arnold, II",
            "PY  - 2024", "DA  - 2024/10//", "T2  - ICLR 2025", "UR  - https://arxiv.org/abs/2410.24164", "AN  - arXiv:2410.24164",
            "KW  - mixture-of-experts", "KW  - efficiency", "AB  - We route, \"sparsely\". Second line.", "ER  - ");
    }

    [Fact]
    public void Json_lines_carry_the_schema_version_and_the_source_path()
    {
        var line = Write(PaperWriters.JsonLines, Paper).TrimEnd('\n');
        using var json = JsonDocument.Parse(line);

        line.Should().NotContain("\n");
        json.RootElement.GetProperty("schema").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("path").GetString().Should().Be("a/b.md");
        json.RootElement.GetProperty("date").GetProperty("source").GetString().Should().Be("ArxivId");
    }

    [CorpusFact]
    public void Csv_of_the_corpus_reads_back_with_a_strict_reader_to_the_same_values()
    {
        var records = CorpusRecords();
        var text = Write(PaperWriters.Csv, [.. records]);

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        reader.Header.ColNames.Should().Equal("source", "ordinal", "title", "translated_title", "authors", "more_authors", "year", "month",
            "date_source", "venue", "arxiv_id", "primary_class", "doi", "url", "tags", "section", "abstract");
        var i = 0;
        foreach (var row in reader)
        {
            var record = records[i++];
            row["title"].ToString().Should().Be(record.Title ?? string.Empty);
            row["abstract"].ToString().Should().Be(record.Abstract ?? string.Empty);
            row["authors"].ToString().Should().Be(string.Join("; ", record.Authors.Select(a => a.ToString())));
            row["arxiv_id"].ToString().Should().Be(record.ArxivId ?? string.Empty);
            row["tags"].ToString().Should().Be(string.Join("; ", record.Tags));
        }

        i.Should().Be(records.Count).And.BeGreaterThan(1000);
    }

    [CorpusFact]
    public void Every_corpus_paper_with_an_arXiv_id_has_a_year()
    {
        var withId = CorpusRecords().Where(r => r.ArxivId is not null).ToList();

        withId.Should().HaveCountGreaterThan(300);
        withId.Count(r => r.Date is not null).Should().BeGreaterThanOrEqualTo((int)Math.Ceiling(0.99 * withId.Count));
    }

    [Fact]
    public void Merging_keeps_one_record_per_paper_with_every_source()
    {
        var other = Paper with { Tags = ["efficiency", "lora"], Sources = [new PaperSource("c.md", 1, DigestFormat.Brief)], Abstract = null };

        var merged = new[] { Paper with { Abstract = null }, other, Paper with { ArxivId = null, Title = "Another paper" } }.MergeSamePapers();

        merged.Should().HaveCount(2);
        merged[0].Sources.Select(s => s.Path).Should().Equal("a/b.md", "c.md");
        merged[0].Tags.Should().Equal("mixture-of-experts", "efficiency", "lora");
    }

    internal static List<PaperRecord> CorpusRecords()
    {
        var corpus = new DigestCorpus();
        foreach (var file in Directory.EnumerateFiles(CorpusFiles.Folder(), "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(file).Equals("README.md", StringComparison.Ordinal))
            {
                corpus.AddFile(file);
            }
        }

        return [.. corpus.Entries.ToPaperRecords()];
    }

    private static string Write(IPaperWriter writer, params PaperRecord[] papers)
    {
        using var stream = new MemoryStream();
        writer.Write(papers, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
