using FluentAssertions;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

public sealed class LabelTableTests
{
    [Theory]
    [InlineData("**论文链接**：https://arxiv.org/abs/2501.00001", LabelGroups.All, LabelRole.PaperLink, "论文链接", "https://arxiv.org/abs/2501.00001")]
    [InlineData("- 论文地址: https://example.org/p", LabelGroups.All, LabelRole.PaperLink, "论文地址", "https://example.org/p")]
    [InlineData("論文標題：Attention Is All You Need", LabelGroups.All, LabelRole.PaperTitle, "論文標題", "Attention Is All You Need")]
    [InlineData("**Code**: https://github.com/o/r", LabelGroups.All, LabelRole.CodeLink, "Code", "https://github.com/o/r")]
    [InlineData("## 重点关注", LabelGroups.All, LabelRole.Featured, "重点关注", "")]
    [InlineData("**今日觀察**", LabelGroups.All, LabelRole.Observation, "今日觀察", "")]
    [InlineData("🎯 研究动机：为什么", LabelGroups.All, LabelRole.Field, "研究动机", "为什么")]
    [InlineData("Methods: a new loss", LabelGroups.EntryFields, LabelRole.Field, "Methods", "a new loss")]
    [InlineData("TL;DR: short", LabelGroups.EntryFields, LabelRole.TlDr, "TL;DR", "short")]
    [InlineData("查看完整摘要 (Abstract)", LabelGroups.EntryFields, LabelRole.Abstract, "查看完整摘要", "")]
    [InlineData("- 论文/paper：https://arxiv.org/abs/2105.03889", LabelGroups.PaperLinks, LabelRole.PaperLink, "论文", "https://arxiv.org/abs/2105.03889")]
    [InlineData("- 代码/code：None", LabelGroups.PaperLinks, LabelRole.CodeLink, "代码", "None")]
    [InlineData("原始论文标题：RoboStressBench", LabelGroups.PaperLinks, LabelRole.PaperTitle, "原始论文标题", "RoboStressBench")]
    [InlineData("**方向**: Efficient LLM ⭐⭐⭐ 必读", LabelGroups.PaperHead, LabelRole.Topic, "方向", "Efficient LLM ⭐⭐⭐ 必读")]
    [InlineData("## 📝 摘要（中文）", LabelGroups.EntryFields, LabelRole.Field, "摘要（中文）", "")]
    [InlineData("## 🌊 今日浪頭", LabelGroups.BriefParts, LabelRole.Featured, "今日浪頭", "")]
    public void Finds_the_label_its_role_and_the_value(string line, LabelGroups groups, LabelRole role, string label, string value)
    {
        LabelTable.TryMatch(line, groups, out var match).Should().BeTrue();

        match.Role.Should().Be(role);
        match.Label.Should().Be(label);
        line[match.ContentStart..].Should().Be(value);
    }

    [Theory]
    [InlineData("⚠️方法局限", "limitations")]
    [InlineData("方法", "method")]
    [InlineData("**主要贡献**", "contributions")]
    [InlineData("### Motivation", "motivation")]
    public void A_field_label_alone_names_its_field_and_a_compound_its_last_part(string line, string field)
    {
        LabelTable.TryMatch(line, LabelGroups.EntryFields, out var match).Should().BeTrue();

        match.Field.Should().Be(new EntryField(field));
        match.IsAlone.Should().BeTrue();
    }

    [Theory]
    [InlineData("Methodical work pays off", LabelGroups.All)]
    [InlineData("#方法", LabelGroups.All)]
    [InlineData("重点关注的是效率", LabelGroups.BriefParts)]
    [InlineData("论文 https://example.org/p", LabelGroups.PaperLinks)]
    [InlineData("Highlights", LabelGroups.EntryFields)]
    [InlineData("研究动机：x", LabelGroups.PaperLinks | LabelGroups.BriefParts)]
    public void A_line_that_only_starts_like_a_label_or_asks_other_groups_has_none(string line, LabelGroups groups) =>
        LabelTable.TryMatch(line, groups, out _).Should().BeFalse();

    [Fact]
    public void Every_role_has_labels_in_simplified_traditional_or_english_spellings()
    {
        foreach (var role in Enum.GetValues<LabelRole>())
        {
            LabelTable.LabelsOf(role).Should().NotBeEmpty(role.ToString());
        }

        LabelTable.LabelsOf(EntryField.Limitations).Should().Contain(["局限性", "Limitations"]);
        FieldLabels.LabelsOf(EntryField.Method).Should().Equal(LabelTable.LabelsOf(EntryField.Method));
    }
}
