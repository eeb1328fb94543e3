using FluentAssertions;
using PaperDigest.Evaluation;

namespace PaperDigest.Tests.Evaluation;

public sealed class GoldJsonTests
{
    [Fact]
    public void Reads_every_member_of_the_format()
    {
        var gold = GoldJson.Read("""
            {
              "input": "variants/brief/x.md", "format": "brief", "notes": "counted with grep",
              "document": { "title": "T", "url": { "prefix": "https://" }, "date": "2026-02-01", "tags": ["论文"] },
              "sections": [ { "title": "重点关注", "count": 4 }, { "title": "今日观察" } ],
              "entryCount": 5,
              "each": { "abstract": { "present": true } },
              "entries": [ {
                "title": "Alpha", "tldr": { "prefix": "A", "suffix": "." }, "ordinal": 2,
                "fields": { "method": "M", "conclusion": { "present": false } },
                "tags": ["LLM"], "links": [ { "kind": "arxiv", "id": "2501.00001" }, { "kind": "GitHub", "id": "o/r" } ],
                "authors": ["A. Author"]
              } ],
              "twin": { "input": "other.txt", "compare": ["abstract", "fields.method", "tags"] },
              "generator": { "file": "g.jsonl", "schema": "ai-enhanced-jsonl", "select": { "id": "2501.00001" }, "omit": ["tags"] }
            }
            """);

        gold.Format.Should().Be(DigestFormat.Brief);
        gold.Document!.Url.Should().Be(GoldText.Affixes("https://"));
        gold.Document.Tags.Should().Equal("论文");
        gold.Sections.Should().Equal(new GoldSection("重点关注", 4), new GoldSection("今日观察", null));
        var entry = gold.Entries.Should().ContainSingle().Subject;
        entry.Texts.Should().BeEquivalentTo(new Dictionary<string, GoldText>
        {
            ["title"] = GoldText.Is("Alpha"),
            ["tldr"] = GoldText.Affixes("A", "."),
            ["fields.method"] = GoldText.Is("M"),
            ["fields.conclusion"] = GoldText.IsPresent(false),
        });
        entry.Links.Should().Equal(new GoldLink(LinkKind.Arxiv, "2501.00001"), new GoldLink(LinkKind.GitHub, "o/r"));
        entry.Ordinal.Should().Be(2);
        gold.ExpectedEntries().Should().HaveCount(5).And.OnlyContain(e => e.Texts.ContainsKey("abstract"));
        gold.Twin!.Compare.Should().Equal("abstract", "fields.method", "tags");
        gold.Generator!.Select.Should().ContainKey("id").WhoseValue.Should().Be("2501.00001");
        gold.Generator.Omit.Should().Equal("tags");
    }

    [Theory]
    [InlineData("""{ "format": "brief" }""", "$.input: missing or empty")]
    [InlineData("""{ "input": "x", "format": "brief", "entries": [ {}, { "titel": "x" } ] }""", "$.entries[1].titel: unknown entry member 'titel'")]
    [InlineData("""{ "input": "x", "format": "brief", "entries": [ { "links": [ { "kind": "arxv", "id": "1" } ] } ] }""", "$.entries[0].links[0].kind: 'arxv' is not an id-bearing link kind")]
    [InlineData("""{ "input": "x", "format": "brief", "entries": [ { "links": [ { "kind": "web", "id": "1" } ] } ] }""", "$.entries[0].links[0].kind: 'web' is not an id-bearing link kind")]
    [InlineData("""{ "input": "x", "format": "brief", "entryCount": -1 }""", "$.entryCount: expected a whole number")]
    [InlineData("""{ "input": "x", "format": "brief", "document": { "title": 3 } }""", "$.document.title: expected a string or an object with prefix, suffix or present, found a number")]
    [InlineData("""{ "input": "x", "format": "brief", "each": { "tldr": {} } }""", "$.each.tldr: a text fact needs prefix, suffix or present")]
    [InlineData("""{ "input": "x", "format": "brief", "twin": { "input": "y", "compare": ["abstrct"] } }""", "$.twin.compare[0]: 'abstrct' is not an entry member")]
    [InlineData("""{ "input": "x", "format": "brief", "sections": {} }""", "$.sections: expected an array, found an object")]
    [InlineData("""{ "input": "x", "format": "brief", """, "not valid JSON")]
    public void A_malformed_file_names_the_file_and_the_json_path(string json, string message)
    {
        var act = () => GoldJson.Read(json, "gold/x.gold.json");

        var error = act.Should().Throw<GoldFormatException>().Which;
        error.Message.Should().StartWith("gold/x.gold.json: ").And.Contain(message);
        error.GoldFile.Should().Be("gold/x.gold.json");
    }

    [Fact]
    public void Text_facts_match_exactly_by_affix_and_softly()
    {
        GoldText.Is("推理").Matches("推理").Should().BeTrue();
        GoldText.Is("推理").Matches("推理 ").Should().BeFalse();
        GoldText.Is("推理").SoftMatches("推理 ").Should().BeTrue();
        GoldText.Affixes("Scal", "law.").Matches("Scaling law.").Should().BeTrue();
        GoldText.Affixes("Scal", "law.").Matches("Scaling laws").Should().BeFalse();
        GoldText.Affixes("（注）").SoftMatches("(注) text").Should().BeTrue();
        GoldText.Is("x").Matches(null).Should().BeFalse();
        GoldText.IsPresent(false).Matches(null).Should().BeTrue();
        GoldText.IsPresent().Matches("\t").Should().BeFalse();
        GoldText.Is("“引号”。").SoftMatches("\"引号\".").Should().BeTrue();
        GoldText.Is("⚡ 衝浪快報").SoftMatches("衝浪快報").Should().BeTrue();
    }
}
