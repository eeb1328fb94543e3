using System.Text.Json;
using FluentAssertions;
using PaperDigest.Cli;

namespace PaperDigest.Tests.Cli;

/// <summary><c>paperdigest eval</c> on gold files made up in a scratch folder over the project's fixtures.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperdigest-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Prints_the_family_and_field_tables()
    {
        var gold = WriteGold("catalog.gold.json", """{ "input": "catalog/basic.txt", "format": "catalog", "entryCount": 4, "each": { "abstract": { "present": true } } }""");

        var (code, stdout, _) = Run("eval", gold, "--corpus", Fixtures.Path(string.Empty));

        code.Should().Be(0);
        stdout.Should().Contain("family").And.Contain("entries gold/found");
        stdout.Should().MatchRegex(@"catalog\s+1\s+1/1\s+4/4\s+100\.0%\s+100\.0%\s+100\.0%\s+100\.0%");
        stdout.Should().MatchRegex(@"abstract\s+4\s+100\.0%\s+100\.0%");
    }

    [Fact]
    public void Json_lists_documents_families_and_misses()
    {
        var gold = WriteGold("catalog.gold.json", """{ "input": "catalog/basic.txt", "format": "brief", "entries": [ { "ordinal": 1, "tldr": "not this" } ] }""");

        var (code, stdout, _) = Run("eval", gold, "--corpus", Fixtures.Path(string.Empty), "--json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        var document = json.RootElement.GetProperty("documents")[0];
        document.GetProperty("expectedFormat").GetString().Should().Be("brief");
        document.GetProperty("detectedFormat").GetString().Should().Be("catalog");
        document.GetProperty("misses")[0].GetProperty("member").GetString().Should().Be("tldr");
        json.RootElement.GetProperty("families").GetProperty("all").GetProperty("detectedCorrectly").GetInt32().Should().Be(0);
    }

    [Fact]
    public void A_malformed_gold_file_exits_2_naming_file_and_json_path()
    {
        var gold = WriteGold("bad.gold.json", """{ "input": "catalog/basic.txt", "format": "catalog", "entries": [ { "links": [ { "kind": "arxiv" } ] } ] }""");

        var (code, _, stderr) = Run("eval", gold, "--corpus", Fixtures.Path(string.Empty));

        code.Should().Be(2);
        stderr.Should().Contain("bad.gold.json: $.entries[0].links[0].id: missing or empty");
    }

    [Fact]
    public void A_missing_input_or_corpus_exits_2()
    {
        var gold = WriteGold("gone.gold.json", """{ "input": "no-such-file.txt", "format": "catalog" }""");

        Run("eval", gold, "--corpus", Fixtures.Path(string.Empty)).Stderr.Should().Contain("$.input: 'no-such-file.txt' is not a file in the corpus folder");
        Run("eval", gold, "--corpus", Path.Combine(_folder, "nowhere")).Code.Should().Be(2);
        Run("eval", Path.Combine(_folder, "nothing-here")).Code.Should().Be(2);
    }

    [Fact]
    public void The_baseline_is_written_and_a_drop_below_it_exits_1()
    {
        var gold = WriteGold("catalog.gold.json", """{ "input": "catalog/basic.txt", "format": "catalog", "entryCount": 4 }""");
        var baseline = Path.Combine(_folder, "baseline.json");
        var corpus = Fixtures.Path(string.Empty);

        Run("eval", gold, "--corpus", corpus, "--update-baseline", baseline).Code.Should().Be(0);
        Run("eval", gold, "--corpus", corpus, "--baseline", baseline).Code.Should().Be(0);
        File.WriteAllText(gold, """{ "input": "catalog/basic.txt", "format": "catalog", "entryCount": 8 }""");
        var (code, _, stderr) = Run("eval", gold, "--corpus", corpus, "--baseline", baseline);

        code.Should().Be(1);
        stderr.Should().Contain("below the baseline: catalog entries.recall: 0.5 (baseline 1)");
    }

    private string WriteGold(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Gold_files_inputs_and_links_that_name_a_device_or_a_pipe_are_reported_not_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("needs /dev/zero and mkfifo (Linux)");
        }

        var folder = Directory.CreateTempSubdirectory("paperdigest-eval-");
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder.FullName, "zero.gold.json"), "/dev/zero");
            File.WriteAllText(Path.Combine(folder.FullName, "device-input.gold.json"), """{"input":"/dev/zero","format":"catalog","entries":[]}""");
            foreach (var name in new[] { "zero.gold.json", "device-input.gold.json" })
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();

                var code = PaperDigest.Cli.CliApp.Run(["eval", Path.Combine(folder.FullName, name), "--corpus", folder.FullName], stdout, stderr, () => new MemoryStream());

                code.Should().Be(2, name);
                stderr.ToString().Should().Contain("malformed gold file").And.Contain("no bytes to read");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, () => new MemoryStream());
        return (code, stdout.ToString(), stderr.ToString());
    }
}
