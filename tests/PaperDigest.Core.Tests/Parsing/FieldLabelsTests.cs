using FluentAssertions;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

public sealed class FieldLabelsTests
{
    public static TheoryData<string, string, string> Lines => new()
    {
        { "🎯 研究动机虽然模型很强", "motivation", "虽然模型很强" },
        { "🎯研究动机虽然模型很强", "motivation", "虽然模型很强" },
        { "❓ 解决问题：解决X", "problem", "解决X" },
        { "❔ 解决问题 解决X", "problem", "解决X" },
        { "🔎 现象分析发现Y", "analysis", "发现Y" },
        { "🛠 主要方法提出Z", "method", "提出Z" },
        { "🛠️ 主要方法提出Z", "method", "提出Z" },
        { "📊 數據與實驗在A上", "experiments", "在A上" },
        { "🌟 主要貢獻B", "contributions", "B" },
        { "- ⭐ **主要贡献**: C", "contributions", "C" },
        { "⚠️ 局限性 D", "limitations", "D" },
        { "研究动机：E", "motivation", "E" },
        { "Motivation: F", "motivation", "F" },
        { "🎯 研究动机", "motivation", "" },
        { "💡 启发：G", "启发", "G" },
        { "⚠️方法局限", "limitations", "" },
        { "⚠️ 方法局限：", "limitations", "" },
        { "📌 方法局限性", "limitations", "" },
        { "🛠️ 方法：局限", "method", "局限" },
        { "🛠️ 主要方法局限于小模型上的验证", "method", "局限于小模型上的验证" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Recognizes_labels_with_emoji_variants_separators_and_spellings(string line, string field, string content)
    {
        FieldLabels.TryMatch(line, out var match).Should().BeTrue();

        match.Field.Should().Be(new EntryField(field));
        line[match.ContentStart..].Should().Be(content);
    }

    [Theory]
    [InlineData("Methods for training large models are costly.")]
    [InlineData("研究动机很重要但这里没有标记")]
    [InlineData("Motivational speakers")]
    [InlineData("")]
    public void Prose_is_not_a_field(string line)
    {
        FieldLabels.TryMatch(line, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("TL;DR:abc", 6)]
    [InlineData("TL;DR： abc", 7)]
    [InlineData("**TL;DR** abc", 10)]
    [InlineData("TLDR: abc", 6)]
    public void Recognizes_tldr(string line, int contentStart)
    {
        FieldLabels.TryMatchTlDr(line, out var start).Should().BeTrue();
        start.Should().Be(contentStart);
    }

    [Theory]
    [InlineData("查看完整摘要 (Abstract)", true, "")]
    [InlineData("摘要：Text here", true, "Text here")]
    [InlineData("Abstract: Text", true, "Text")]
    [InlineData("Abstract", true, "")]
    [InlineData("Abstract reasoning is hard.", false, "")]
    public void Recognizes_abstract_markers(string line, bool isMarker, string inline)
    {
        FieldLabels.TryMatchAbstractMarker(line, out var start).Should().Be(isMarker);
        if (isMarker)
        {
            line[start..].Should().Be(inline);
        }
    }
}
