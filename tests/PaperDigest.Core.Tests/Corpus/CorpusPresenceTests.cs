using System.Reflection;
using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>One line for the whole corpus: present and complete, or the tests that need it left out, with the reason.</summary>
public sealed class CorpusPresenceTests
{
    [Fact]
    public void The_shared_corpus_is_there_or_one_skip_says_how_many_tests_need_it()
    {
        var corpusTests = typeof(CorpusPresenceTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Count(m => m.GetCustomAttribute<CorpusFactAttribute>() is not null || m.GetCustomAttribute<CorpusTheoryAttribute>() is not null);
        if (CorpusFiles.LeftOut)
        {
            Assert.Skip($"{corpusTests} corpus test methods left out: PAPERDIGEST_CORPUS is not set (the shared corpus folder, ../shared/corpus, beside the clone; .ci/run sets it).");
        }

        corpusTests.Should().BeGreaterThan(50);
        foreach (var file in CorpusFiles.TextFiles)
        {
            File.Exists(CorpusFiles.Path(file.Data)).Should().BeTrue();
        }
    }
}
