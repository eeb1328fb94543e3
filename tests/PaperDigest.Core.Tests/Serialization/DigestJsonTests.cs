using System.Text.Json.Nodes;
using FluentAssertions;
using PaperDigest.Serialization;

namespace PaperDigest.Tests.Serialization;

public sealed class DigestJsonTests
{
    [Fact]
    public void Document_json_has_the_keys_tooling_relies_on()
    {
        var document = Digest.Parse(Fixtures.Read("catalog/variants.txt"));

        var json = JsonNode.Parse(DigestJson.Serialize(document))!.AsObject();

        json.Select(p => p.Key).Should().Equal("format", "detection", "title", "headerSpan", "language", "sections", "entries", "diagnostics");
        json["headerSpan"]!.ToJsonString().Should().Be("""{"startLine":1,"endLine":1}""");
        json["format"]!.GetValue<string>().Should().Be("catalog");
        json["language"]!.GetValue<string>().Should().Be("zh-Hans");
        var detection = json["detection"]!.AsObject();
        detection.Select(p => p.Key).Should().Equal("format", "score", "candidates");
        detection["candidates"]![0]!.AsObject().Select(p => p.Key).Should().Equal("format", "score", "reason");
        detection["candidates"]!.AsArray().Select(c => c!["format"]!.GetValue<string>()).Should().Equal("catalog", "blog", "article", "brief", "tagged");

        var entry = json["entries"]![0]!.AsObject();
        entry.Select(p => p.Key).Should().Equal("kind", "ordinal", "domain", "category", "canonicalCategory", "tags", "tldr", "fields", "abstract", "sectionIndex", "span");
        entry["kind"]!.GetValue<string>().Should().Be("paper");
        entry["tags"]![0]!.ToJsonString().Should().Be("""{"label":"Reasoning","canonical":"reasoning","mapped":true}""");
        entry["canonicalCategory"]!.GetValue<string>().Should().Be(TagTaxonomy.BuiltIn.Resolve(entry["category"]!.GetValue<string>()).Canonical);
        entry["fields"]!.AsObject().Select(p => p.Key).Should().Equal(
            "motivation", "problem", "analysis", "method", "experiments", "contributions", "limitations", "启发");
        entry["span"]!.ToJsonString().Should().Be("""{"startLine":5,"endLine":21}""");
        json["diagnostics"]![0]!.ToJsonString(DigestJson.Options()).Should().Be(
            """{"severity":"info","code":"PD1005","message":"Unknown field label '启发'; kept under that name.","line":17}""");
        json["sections"]![0]!.AsObject().Select(p => p.Key).Should().Equal("title", "declaredCount", "entryCount", "span");
    }

    [Fact]
    public void Links_and_source_serialize_with_kind_id_and_url()
    {
        var entry = Digest.Parse(Fixtures.Read("catalog/basic.txt")).Entries[0];
        var document = new DigestDocument { Source = new DocumentSource("https://example.org/digest", "Example Weekly"), Entries = [entry] };

        var json = JsonNode.Parse(DigestJson.Serialize(document))!;

        json["source"]!.ToJsonString().Should().Be("""{"url":"https://example.org/digest","publisher":"Example Weekly"}""");
        json["entries"]![0]!["links"]!.ToJsonString().Should().Be(
            """[{"kind":"github","id":"example-lab/short-proofs","url":"https://github.com/example-lab/short-proofs"}]""");
    }

    [Theory]
    [InlineData("catalog/basic.txt")]
    [InlineData("catalog/variants.txt")]
    [InlineData("catalog/missing-fields.txt")]
    public void Documents_round_trip(string fixture)
    {
        var document = Digest.Parse(Fixtures.Read(fixture));

        var back = DigestJson.Deserialize(DigestJson.Serialize(document, indented: true));

        back.Should().BeEquivalentTo(document, o => o.WithStrictOrdering());
        back.Entries[0].Fields.Should().Equal(document.Entries[0].Fields);
        DigestJson.Serialize(back).Should().Be(DigestJson.Serialize(document));
    }

    [Fact]
    public void Empty_entry_collections_are_omitted_and_read_back_as_empty()
    {
        var document = new DigestDocument { Entries = [new DigestEntry { Kind = EntryKind.NewsItem, Ordinal = 1, Title = "t" }] };

        var json = DigestJson.Serialize(document);
        var back = DigestJson.Deserialize(json);

        json.Should().Be("""{"format":"unknown","detection":{"format":"unknown","score":0,"candidates":[]},"language":"unknown","sections":[],"entries":[{"kind":"newsItem","ordinal":1,"title":"t","span":{"startLine":0,"endLine":0}}],"diagnostics":[]}""");
        back.Entries[0].Tags.Should().BeEmpty();
        back.Entries[0].Links.Should().BeEmpty();
        back.Entries[0].Takeaways.Should().BeEmpty();
        back.Entries[0].Fields.Should().BeEmpty();
    }

    [Fact]
    public void Lone_surrogates_round_trip_as_escapes_and_paired_ones_as_the_encoder_writes_them()
    {
        var document = new DigestDocument
        {
            Title = "a\uD800b 😀 \"q\"\n",
            Entries = [new DigestEntry { Kind = EntryKind.Paper, Ordinal = 1, Title = "\uDC00 end\uD83D", Body = "中文\uD800" }],
        };

        var json = DigestJson.Serialize(document);
        var back = DigestJson.Deserialize(json);

        json.Should().Contain("""
            "title":"a\ud800b \uD83D\uDE00 \"q\"\n"
            """).And.Contain("""
            "title":"\udc00 end\ud83d"
            """).And.NotContain("\uFFFD");
        back.Title.Should().Be(document.Title);
        back.Entries[0].Title.Should().Be(document.Entries[0].Title);
        back.Entries[0].Body.Should().Be("中文\uD800");
    }

    [Fact]
    public void Enums_are_camel_case_strings_with_any_options()
    {
        var entry = new DigestEntry { Kind = EntryKind.Paper, Ordinal = 1, Links = [new DigestLink(LinkKind.GitHub, "a/b", "https://github.com/a/b")] };

        var json = System.Text.Json.JsonSerializer.Serialize(entry, UserJsonContext.Default.DigestEntry);

        json.Should().Contain("\"Kind\":\"paper\"").And.Contain("\"Kind\":\"github\"").And.NotContain("\"Kind\":0");
    }

    [Fact]
    public void A_users_type_that_holds_the_model_serializes_with_the_model_as_DigestJson_writes_it()
    {
        var options = new System.Text.Json.JsonSerializerOptions(DigestJson.Options())
        {
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(DigestJson.TypeInfoResolver, UserJsonContext.Default),
        };
        var saved = new SavedSearch("rl", [new DigestEntry { Kind = EntryKind.Paper, Ordinal = 1, Title = "T" }]);

        var json = System.Text.Json.JsonSerializer.Serialize(saved, options);
        var back = System.Text.Json.JsonSerializer.Deserialize<SavedSearch>(json, options)!;

        json.Should().Be("""{"name":"rl","hits":[{"kind":"paper","ordinal":1,"title":"T","span":{"startLine":0,"endLine":0}}]}""");
        back.Hits[0].Title.Should().Be("T");
    }
}

public sealed record SavedSearch(string Name, IReadOnlyList<DigestEntry> Hits);

[System.Text.Json.Serialization.JsonSerializable(typeof(SavedSearch))]
[System.Text.Json.Serialization.JsonSerializable(typeof(DigestEntry))]
internal sealed partial class UserJsonContext : System.Text.Json.Serialization.JsonSerializerContext;

public sealed class EntryEqualityTests
{
    [Fact]
    public void Entries_equal_their_json_round_trip_and_differ_when_any_member_does()
    {
        var document = Digest.Parse(Fixtures.Read("catalog/basic.txt"));

        var back = DigestJson.Deserialize(DigestJson.Serialize(document));

        back.Entries.Should().Equal(document.Entries);
        back.Entries[0].GetHashCode().Should().Be(document.Entries[0].GetHashCode());
        var entry = document.Entries[0];
        // Every public member with a setter takes part: change one, and the entries differ.
        foreach (var property in typeof(DigestEntry).GetProperties().Where(p => p.SetMethod is not null))
        {
            var changed = entry with { };
            object? value = property.PropertyType switch
            {
                var t when t == typeof(string) => "changed",
                var t when t == typeof(int) || t == typeof(int?) => 999,
                var t when t == typeof(EntryKind) => EntryKind.NewsItem,
                var t when t == typeof(LineSpan) => new LineSpan(900, 901),
                var t when t == typeof(IReadOnlyList<string>) => new[] { "x" },
                var t when t == typeof(IReadOnlyList<DigestTag>) => new[] { new DigestTag("x", "x") },
                var t when t == typeof(IReadOnlyList<DigestLink>) => new[] { new DigestLink(LinkKind.Web, null, "https://example.org/x") },
                var t when t == typeof(IReadOnlyDictionary<EntryField, string>) => new Dictionary<EntryField, string> { [EntryField.Method] = "x" },
                _ => throw new InvalidOperationException($"add a value for {property.PropertyType} ({property.Name})"),
            };
            property.SetValue(changed, value);

            changed.Should().NotBe(entry, $"{property.Name} takes part in equality");
        }
    }
}

public sealed class DigestJsonStreamTests
{
    [Fact]
    public async Task Documents_stream_as_json_lines_and_read_back_one_at_a_time()
    {
        var documents = new[] { Digest.Parse(Fixtures.Read("catalog/basic.txt")), Digest.Parse(Fixtures.Read("brief/plain.txt")) };
        using var stream = new MemoryStream();

        await DigestJson.WriteJsonLinesAsync(stream, documents.ToAsyncEnumerable(), TestContext.Current.CancellationToken);
        stream.Position = 0;
        var back = await DigestJson.ReadJsonLinesAsync(stream, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n').Should().HaveCount(3).And.EndWith("");
        back.Select(d => d.Format).Should().Equal(DigestFormat.Catalog, DigestFormat.Brief);
        back[0].Entries.Should().Equal(documents[0].Entries);
    }

    [Fact]
    public async Task A_document_round_trips_through_a_stream_asynchronously()
    {
        var document = Digest.Parse(Fixtures.Read("catalog/basic.txt"));
        using var stream = new MemoryStream();

        await DigestJson.SerializeAsync(stream, document, indented: true, TestContext.Current.CancellationToken);
        stream.Position = 0;
        var back = await DigestJson.DeserializeAsync(stream, TestContext.Current.CancellationToken);

        back.Entries.Should().Equal(document.Entries);
        DigestJson.Serialize(back).Should().Be(DigestJson.Serialize(document));
    }
}
