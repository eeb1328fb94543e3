using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace PaperDigest.Tests;

/// <summary>Keeps the README's C# examples honest: every <c>Type.Member</c> they call exists in the public API.</summary>
public sealed partial class ReadmeTests
{
    // The README and the guide that holds its long sections: their examples are kept honest alike.
    private static string ReadmeAndGuide() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")) + "\n" + File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "guide.md"));

    [Fact]
    public void The_readme_fits_on_a_few_screens_with_a_table_of_contents_naming_every_section()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var lines = readme.Split('\n');
        var contents = lines.Single(l => l.StartsWith("**Contents:**", StringComparison.Ordinal));
        var contentsBlock = string.Join('\n', lines.SkipWhile(l => l != contents).TakeWhile(l => l.Length > 0));

        lines.Length.Should().BeLessThanOrEqualTo(300, "issue [6/6]: the README is a front page; long sections live in docs/");
        foreach (var heading in lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)))
        {
            var anchor = "#" + new string(heading[3..].ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').ToArray()).Replace(' ', '-');
            contentsBlock.Should().Contain($"]({anchor})", $"the contents link to '{heading}'");
        }
    }

    [Fact]
    public void Every_csharp_block_of_the_readme_compiles_as_written()
    {
        var readme = ReadmeAndGuide();
        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(path)).ToList();

        blocks.Should().HaveCountGreaterThan(5);
        foreach (var block in blocks)
        {
            var errors = ReadmeBlockCompiler.Errors(block, references);
            errors.Should().BeEmpty($"this README block compiles as a program of its own, with a console app's implicit usings:\n{block}");
        }
    }

    [Fact]
    public void Every_type_member_the_readme_code_uses_exists()
    {
        var readme = ReadmeAndGuide();
        var code = string.Join('\n', CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value));
        var types = typeof(Digest).Assembly.GetExportedTypes().ToDictionary(t => t.Name);

        var calls = MemberCall().Matches(code).Select(m => (Type: m.Groups[1].Value, Member: m.Groups[2].Value))
            .Where(c => types.ContainsKey(c.Type)).Distinct().ToList();

        calls.Should().Contain([("Digest", "LoadFile"), ("Digest", "Parse"), ("EntryField", "Method"), ("DigestJson", "Serialize")]);
        foreach (var (type, member) in calls)
        {
            types[type].GetMember(member, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
                .Should().NotBeEmpty($"the README uses {type}.{member}");
        }

        code.Should().Contain("new DigestPipelineBuilder()");
        // Chained calls go to the pipeline builder, the corpus extensions or LINQ.
        var chainable = new[] { typeof(DigestPipelineBuilder), typeof(CorpusEntryFilters), typeof(CorpusEntryFacets), typeof(PaperGrouping), typeof(Enumerable) }
            .SelectMany(t => t.GetMethods().Select(m => m.Name))
            .ToHashSet();
        foreach (var method in FluentCall().Matches(code).Select(m => m.Groups[1].Value).Distinct())
        {
            chainable.Should().Contain(method, $"the README chains .{method}()");
        }

        code.Should().Contain("new DigestCorpus()");
    }

    [Fact]
    public void The_package_readme_quotes_the_readme()
    {
        var readme = ReadmeAndGuide();
        var package = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PACKAGE.md"));

        var blocks = CSharpBlock().Matches(package).Select(m => m.Groups[1].Value).ToList();

        blocks.Should().HaveCountGreaterThan(3);
        foreach (var line in blocks.SelectMany(b => b.Split('\n')).Where(l => l.Trim().Length > 1))
        {
            readme.Should().Contain(line, "the package README quotes the README's usage examples");
        }
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"\b([A-Z]\w+)\.([A-Z]\w+)\b")]
    private static partial Regex MemberCall();

    [GeneratedRegex(@"^\s*\.(\w+)\(", RegexOptions.Multiline)]
    private static partial Regex FluentCall();
    [Fact]
    public void The_commands_ci_runs_as_written_are_the_readmes_setup_test_and_install_commands()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));

        var lines = MarkedBashLines(readme, "<!-- ci: run in a fresh clone -->");

        lines.Should().Contain(l => l.StartsWith("dotnet run --project src/PaperDigest.Cli ", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("dotnet test ", StringComparison.Ordinal))
            .And.Contain("PAPERDIGEST_CORPUS=../shared/corpus dotnet test")
            .And.Contain(l => l.StartsWith("dotnet tool install --global PaperDigest.Cli --add-source artifacts/packages --prerelease", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("paperdigest ", StringComparison.Ordinal));
        // A nuget.config keeps the local feed for every later restore; `dotnet add package --source` alone does not.
        MarkedBashLines(readme, "<!-- ci: run in a new console project -->").Should().Equal(
            "printf '<configuration><packageSources><add key=\"paperdigest-local\" value=\"/path/to/PaperDigest.Core/artifacts/packages\" /></packageSources></configuration>\\n' > nuget.config",
            "dotnet add package PaperDigest.Core --prerelease");
    }

    // The lines of each ```bash block that directly follows the marker line.
    private static List<string> MarkedBashLines(string readme, string marker)
    {
        var lines = readme.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var found = new List<string>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i] != "```bash" || lines[i - 1] != marker)
            {
                continue;
            }

            for (var j = i + 1; j < lines.Length && !lines[j].StartsWith("```", StringComparison.Ordinal); j++)
            {
                found.Add(lines[j]);
            }
        }

        return found;
    }
}
