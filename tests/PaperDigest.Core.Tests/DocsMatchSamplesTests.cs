using System.Text.RegularExpressions;
using FluentAssertions;

namespace PaperDigest.Tests;

/// <summary>
/// docs/extending.md and the README's Extending section quote the samples: every C# block there must appear in a
/// sample's source (ignoring indentation), and the sample output the guide shows must be what the sample prints.
/// </summary>
public sealed partial class DocsMatchSamplesTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "docs-and-samples");

    [Fact]
    public void Every_code_block_of_the_extending_guide_is_in_a_sample()
    {
        var samples = Normalize(string.Join('\n', Directory.GetFiles(Path.Combine(Root, "samples"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)));
        var blocks = CSharpBlock().Matches(File.ReadAllText(Path.Combine(Root, "extending.md"))).Select(m => m.Groups[1].Value).ToList();

        blocks.Should().HaveCountGreaterThan(5);
        foreach (var block in blocks)
        {
            samples.Should().Contain(Normalize(block), "docs/extending.md quotes the samples verbatim");
        }
    }

    [Fact]
    public void The_readme_extension_example_is_the_sample_extension()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var extending = readme[readme.IndexOf("## Extending", StringComparison.Ordinal)..];
        var extension = Normalize(File.ReadAllText(Path.Combine(Root, "samples", "CustomParser", "ArxivPicksExtension.cs")));

        var block = CSharpBlock().Match(extending).Groups[1].Value;
        // The block's class declaration (after its top-level statements) is the sample's, line for line.
        var classStart = block.IndexOf("public sealed class", StringComparison.Ordinal);
        var classPart = block[classStart..(block.IndexOf("}\n", classStart, StringComparison.Ordinal) + 1)];

        extension.Should().Contain(Normalize(classPart));
        Normalize(File.ReadAllText(Path.Combine(Root, "samples", "CustomParser", "Program.cs")))
            .Should().Contain("var pipeline = new DigestPipelineBuilder().Use(new ArxivPicksExtension()).Build();");
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
