using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using PaperDigest.Parsing;
using Xunit;

namespace PaperDigest.Tests.Parsing;

/// <summary>Labels a user adds or removes through the builder or DI, without code in a parser; a pipeline's labels stay its own.</summary>
public sealed class LabelVocabularyTests
{
    // Three papers whose one field label no built-in table has: by structure it is a field under its own name.
    private const string Catalog = """
        # Papers

        ## 1. Sparse Routing for Long Context

        - **Authors**: Ada Lovelace, Alan Turing
        - **arXiv**: 2601.00001
        - **技术路线**: 稀疏路由降低长上下文开销。

        ## 2. A Verifier for Each Step

        - **Authors**: Grace Hopper, Edsger Dijkstra
        - **arXiv**: 2601.00002
        - **技术路线**: 小型验证器逐步检查推理。

        ## 3. Memory That Grows

        - **Authors**: Barbara Liskov, Donald Knuth
        - **arXiv**: 2601.00003
        - **技术路线**: 记忆随任务数量增长。
        """;

    [Fact]
    public void An_added_field_label_names_the_field_and_only_in_its_pipeline()
    {
        var pipeline = new DigestPipelineBuilder().AddLabels(EntryField.Method, "技术路线").Build();

        var taught = pipeline.Parse(Catalog);
        var plain = Digest.Parse(Catalog);

        taught.Format.Should().Be(DigestFormat.Catalog);
        taught.Entries.Select(e => e.Fields.GetValueOrDefault(EntryField.Method)).Should().Equal(
            "稀疏路由降低长上下文开销。", "小型验证器逐步检查推理。", "记忆随任务数量增长。");
        plain.Entries[0].Fields.Keys.Should().Equal(new EntryField("技术路线"));
        pipeline.Labels.Contains("技术路线").Should().BeTrue();
        LabelVocabulary.Default.Contains("技术路线").Should().BeFalse();
    }

    [Fact]
    public void A_removed_label_is_no_longer_known_and_the_default_keeps_it()
    {
        var vocabulary = LabelVocabulary.Default.Without(["今日浪头", "冲浪快报"]);

        vocabulary.Contains("今日浪头").Should().BeFalse();
        vocabulary.Count.Should().Be(LabelVocabulary.Default.Count - 2);
        LabelVocabulary.Default.Contains("今日浪头").Should().BeTrue();
        new DigestPipelineBuilder().RemoveLabels("今日浪头").Build().Labels.Contains("今日浪头").Should().BeFalse();
    }

    [Fact]
    public void A_field_label_needs_its_field_and_blank_labels_add_nothing()
    {
        var add = () => LabelVocabulary.Default.With(LabelRole.Field, ["x"]);

        add.Should().Throw<ArgumentException>().WithParameterName("role");
        LabelVocabulary.Default.With(LabelRole.Source, [" ", ""]).Should().BeSameAs(LabelVocabulary.Default);
        LabelVocabulary.Default.With(LabelRole.Source, ["出品方"]).Contains("出品方").Should().BeTrue();
    }

    [Fact]
    public void Labels_added_through_dependency_injection_reach_the_pipeline()
    {
        using var provider = new ServiceCollection()
            .AddPaperDigest(builder => builder.AddLabels(EntryField.Method, "技术路线"))
            .Services.BuildServiceProvider();

        var pipeline = provider.GetRequiredService<DigestPipeline>();

        pipeline.Labels.Contains("技术路线").Should().BeTrue();
        pipeline.Parse(Catalog).Entries[0].Fields.Keys.Should().Contain(EntryField.Method);
    }
}
