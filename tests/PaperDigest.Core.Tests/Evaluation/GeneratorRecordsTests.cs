using FluentAssertions;
using PaperDigest.Cli.Evaluation;
using PaperDigest.Evaluation;
using PaperDigest.Tests.Corpus;

namespace PaperDigest.Tests.Evaluation;

/// <summary>The adapters from the generators' own records (corpus facts: 97 xmkxabc papers, 17 cs.CL papers of 98).</summary>
public sealed class GeneratorRecordsTests
{
    [CorpusFact]
    public void Xmkxabc_records_become_97_papers_with_ids_and_fields()
    {
        var path = CorpusFiles.Path("variants/catalog/xmkxabc-2025-05-05.gold.jsonl");
        var entries = GeneratorRecords.Read(new GoldGenerator(path, GeneratorRecords.AiEnhancedJsonl, new Dictionary<string, string>(), []), path, "test");

        entries.Should().HaveCount(97);
        entries.Select(e => e.Links!.Single().Key).Distinct().Should().HaveCount(97);
        entries[0].Links.Should().Equal(new GoldLink(LinkKind.Arxiv, "2505.00734"));
        entries[0].Texts["title"].Should().Be(GoldText.Is("Unconstrained Large-scale 3D Reconstruction and Rendering across Altitudes"));
        entries[0].Texts["category"].Should().Be(GoldText.Is("cs.CV"));
        entries[0].Authors.Should().HaveCount(6).And.StartWith("Neil Joshi");
        entries.Should().OnlyContain(e => e.Texts.ContainsKey("fields.motivation") && e.Texts.ContainsKey("fields.conclusion") && e.Texts.ContainsKey("abstract"));
    }

    [CorpusFact]
    public void Shiyibihua_records_are_selected_by_primary_category_or_id()
    {
        var path = CorpusFiles.Path("variants/catalog/shiyibihua-2025-12-17.gold.json");

        var all = GeneratorRecords.Read(new GoldGenerator(path, GeneratorRecords.PapersObjectJson, new Dictionary<string, string>(), []), path, "test");
        var csCl = GeneratorRecords.Read(new GoldGenerator(path, GeneratorRecords.PapersObjectJson, new Dictionary<string, string> { ["primaryCategory"] = "cs.CL" }, []), path, "test");
        var one = GeneratorRecords.Read(new GoldGenerator(path, GeneratorRecords.PapersObjectJson, new Dictionary<string, string> { ["id"] = "2512.15163" }, []), path, "test");

        all.Should().HaveCount(98);
        csCl.Should().HaveCount(17);
        one.Should().ContainSingle().Which.Links.Should().Equal(new GoldLink(LinkKind.Arxiv, "2512.15163v1"));
        one[0].Tags.Should().HaveCount(5);
        one[0].Without(["tags", "abstract"]).Should().Match<GoldEntry>(e => e.Tags == null && !e.Texts.ContainsKey("abstract") && e.Texts.ContainsKey("title"));
    }

    [Fact]
    public void An_unknown_schema_is_a_gold_format_error()
    {
        var act = () => GeneratorRecords.Read(new GoldGenerator("x", "rss", new Dictionary<string, string>(), []), "x", "g.gold.json");

        act.Should().Throw<GoldFormatException>().WithMessage("g.gold.json: $.generator.schema: unknown schema 'rss'*");
    }
}
