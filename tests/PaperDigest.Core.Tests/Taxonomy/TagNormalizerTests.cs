using FluentAssertions;

namespace PaperDigest.Tests.Taxonomy;

public sealed class TagNormalizerTests
{
    [Theory]
    [InlineData("Large Language Models", "large language model")]
    [InlineData("#large-language_models", "large language model")]
    [InlineData("  Large   Language\tModel  ", "large language model")]
    [InlineData("ＬＬＭｓ", "llm")]
    [InlineData("Test‐Time　Scaling", "test time scaling")]
    [InlineData("“Reasoning”。", "reasoning")]
    [InlineData("##RLHF;", "rlhf")]
    [InlineData("C#", "c#")]
    [InlineData("---", "")]
    public void Folds_width_case_separators_and_punctuation(string label, string key) =>
        TagNormalizer.Normalize(label).Should().Be(key);

    [Theory]
    [InlineData("論文", "论文")]
    [InlineData("強化學習", "强化学习")]
    [InlineData("大型語言模型", "大型语言模型")]
    [InlineData("#多模態", "多模态")]
    [InlineData("訓練優化", "训练优化")]
    [InlineData("一目瞭然", "一目了然")]
    public void Folds_traditional_to_simplified(string label, string key) =>
        TagNormalizer.Normalize(label).Should().Be(key);

    [Theory]
    [InlineData("LLMs", "llm")]
    [InlineData("MLLMs", "mllm")]
    [InlineData("Scaling Laws", "scaling law")]
    [InlineData("Reward Strategies", "reward strategy")]
    [InlineData("Approaches", "approach")]
    [InlineData("KV Caches", "kv cache")]
    [InlineData("Processes", "process")]
    [InlineData("GPUs", "gpu")]
    [InlineData("Mixture of Experts", "mixture of expert")]
    public void Makes_the_last_word_singular(string label, string key) =>
        TagNormalizer.Normalize(label).Should().Be(key);

    [Theory]
    [InlineData("RLHF", "rlhf")]
    [InlineData("MoE", "moe")]
    [InlineData("Simplicity Bias", "simplicity bias")]
    [InlineData("Time Series", "time series")]
    [InlineData("Learning Dynamics", "learning dynamics")]
    [InlineData("Error Analysis", "error analysis")]
    [InlineData("Robustness", "robustness")]
    [InlineData("Corpus", "corpus")]
    [InlineData("MLOps", "mlops")]
    [InlineData("K-Means", "k means")]
    [InlineData("Large Language Models (LLMs)", "large language models (llms)")]
    public void Keeps_protected_words_and_non_plurals(string label, string key) =>
        TagNormalizer.Normalize(label).Should().Be(key);

    [Fact]
    public void Normalizing_a_key_again_changes_nothing()
    {
        foreach (var label in new[] { "Large Language Models", "強化學習", "ＬＬＭｓ", "Time Series", "#RLHF" })
        {
            var key = TagNormalizer.Normalize(label);
            TagNormalizer.Normalize(key).Should().Be(key, label);
        }
    }

    [Fact]
    public void Long_labels_outgrow_the_stack_buffer_without_loss()
    {
        var label = string.Join(' ', Enumerable.Repeat("Models", 100));
        var key = TagNormalizer.Normalize(label);
        key.Should().Be(string.Join(' ', Enumerable.Repeat("models", 99)) + " model");
    }
}
