using FluentAssertions;
using Xunit;

namespace PaperDigest.Tests.Taxonomy;

/// <summary>
/// Labels that share a word but not a meaning: neither resolves to the other's concept, and neither is placed under
/// it or a concept below it (<c>安全</c> is AI safety or network security; <c>压缩</c> model or image compression).
/// </summary>
public sealed class MustStayApartTests
{
    [Theory]
    [InlineData("AI safety", "patient safety")]
    [InlineData("AI safety", "network security")]
    [InlineData("大模型安全", "网络安全")]
    [InlineData("model compression", "image compression")]
    [InlineData("模型压缩", "图像压缩")]
    [InlineData("planning", "motion planning")]
    [InlineData("机器人", "聊天机器人")]
    [InlineData("reasoning", "causal inference")]
    [InlineData("推理", "推理加速")]
    [InlineData("diffusion models", "information diffusion")]
    [InlineData("alignment", "sequence alignment")]
    [InlineData("calibration", "camera calibration")]
    [InlineData("sparsity", "reward sparsity")]
    [InlineData("vision-language models", "language learning")]
    [InlineData("reinforcement learning", "supervised learning")]
    public void Labels_that_share_a_word_stay_apart(string first, string second)
    {
        var taxonomy = TagTaxonomy.BuiltIn;

        var a = Reach(taxonomy, first);
        var b = Reach(taxonomy, second);

        a.Should().NotIntersectWith(Own(taxonomy, second), "'{0}' is not '{1}' or narrower than it", first, second);
        b.Should().NotIntersectWith(Own(taxonomy, first), "'{0}' is not '{1}' or narrower than it", second, first);
    }

    [Fact]
    public void Chains_of_based_and_tags_of_many_words_resolve_to_nothing_without_recursion()
    {
        var based = "x" + string.Concat(Enumerable.Repeat("-based", 64_000));
        var words = string.Join('-', Enumerable.Repeat("word", 80_000));

        TagTaxonomy.BuiltIn.Resolve(based).Status.Should().Be(TagResolutionStatus.Unmapped);
        TagTaxonomy.BuiltIn.GetPlacements(words).Should().BeEmpty();
        TagTaxonomy.BuiltIn.Resolve("transformer-based").Concept!.Id.Should().Be("transformers", "one trailing based still comes off");
    }

    // The concept a label resolves to, or the concepts it is placed under, with all their broader concepts.
    private static HashSet<string> Reach(TagTaxonomy taxonomy, string label)
    {
        var direct = taxonomy.TryResolve(label, out var concept) ? [concept] : taxonomy.GetPlacements(label);
        return [.. direct.SelectMany(c => taxonomy.GetAncestors(c.Id).Append(c)).Select(c => c.Id)];
    }

    // The concept a label itself resolves to (none when it resolves to nothing).
    private static HashSet<string> Own(TagTaxonomy taxonomy, string label) =>
        taxonomy.TryResolve(label, out var concept) ? [concept.Id] : [];
}
