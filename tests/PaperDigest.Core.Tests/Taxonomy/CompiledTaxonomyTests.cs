using FluentAssertions;
using PaperDigest.Taxonomy;
using Xunit;

namespace PaperDigest.Tests.Taxonomy;

/// <summary>
/// The compiled index the built-in taxonomy loads from is the one its sources build: rebuilt here and compared with
/// the committed <c>Resources/builtin-index.txt</c> (run with <c>PAPERDIGEST_ACCEPT_INDEX=1</c> to write it after a
/// change to the hand-made concepts, the data/taxonomy sources or the normalization), and it resolves as they do.
/// </summary>
public sealed class CompiledTaxonomyTests
{
    [Fact]
    public void The_committed_index_is_what_the_sources_compile_to()
    {
        var compiled = CompiledTaxonomy.Write(TagTaxonomy.LoadBuiltInFromSources());
        var path = Path.Combine(RepositoryRoot(), "src", "PaperDigest.Core", "Taxonomy", "Resources", "builtin-index.txt");
        if (Environment.GetEnvironmentVariable("PAPERDIGEST_ACCEPT_INDEX") == "1")
        {
            File.WriteAllText(path, compiled);
        }

        File.ReadAllText(path).Should().Be(compiled, "the index is rebuilt from the sources; run the tests with PAPERDIGEST_ACCEPT_INDEX=1 to write it");
    }

    [Fact]
    public void The_compiled_taxonomy_resolves_and_links_every_label_as_the_sources_do()
    {
        var sources = TagTaxonomy.LoadBuiltInFromSources();
        var compiled = TagTaxonomy.BuiltIn;

        compiled.Concepts.Select(c => c.Id).Should().Equal(sources.Concepts.Select(c => c.Id));
        foreach (var concept in sources.Concepts)
        {
            var twin = compiled.GetConcept(concept.Id);
            twin.PrefLabels.Should().Equal(concept.PrefLabels);
            twin.AltLabels.Should().Equal(concept.AltLabels);
            twin.HiddenLabels.Should().Equal(concept.HiddenLabels);
            twin.Broader.Should().Equal(concept.Broader);
            compiled.GetNarrower(concept.Id).Select(c => c.Id).Should().Equal(sources.GetNarrower(concept.Id).Select(c => c.Id));
            foreach (var label in concept.AllLabels())
            {
                compiled.Resolve(label).Should().BeEquivalentTo(sources.Resolve(label), o => o.Excluding(r => r.Concept), label);
                compiled.Resolve(label).Concept?.Id.Should().Be(sources.Resolve(label).Concept?.Id, label);
            }
        }

        foreach (var label in new[] { "pre training", "Vision and Language", "transformer-based", "Large Language Models (LLMs)", "強化學習", "no such label at all" })
        {
            compiled.Resolve(label).Concept?.Id.Should().Be(sources.Resolve(label).Concept?.Id, label);
            compiled.GetPlacements(label).Select(c => c.Id).Should().Equal(sources.GetPlacements(label).Select(c => c.Id), label);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperDigest.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PaperDigest.Core.sln not found above the test binaries.");
    }
}
