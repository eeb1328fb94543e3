using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperDigest.Tests;

/// <summary>
/// Compiles one C# block of the README as a program of its own, as a reader would paste it into a new console app:
/// the SDK's implicit usings and nothing else. A block that uses a sample's types (<c>using CustomParser;</c>)
/// is compiled with that sample's sources, which the test output holds under <c>docs-and-samples/samples</c>.
/// </summary>
internal static class ReadmeBlockCompiler
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Dictionary<string, string> SampleFolders = new(StringComparer.Ordinal)
    {
        ["using CustomParser;"] = "CustomParser",
        ["using DependencyInjectionSample;"] = "DependencyInjection",
    };

    public static IReadOnlyList<string> Errors(string block, IReadOnlyList<MetadataReference> references)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(block, options) };
        foreach (var (directive, folder) in SampleFolders)
        {
            if (block.Contains(directive, StringComparison.Ordinal))
            {
                var sources = Path.Combine(AppContext.BaseDirectory, "docs-and-samples", "samples", folder);
                trees.AddRange(Directory.GetFiles(sources, "*.cs")
                    .Where(f => Path.GetFileName(f) != "Program.cs")
                    .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)));
            }
        }

        var compilation = CSharpCompilation.Create("ReadmeBlock", trees, references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics()
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => d.ToString())];
    }
}
