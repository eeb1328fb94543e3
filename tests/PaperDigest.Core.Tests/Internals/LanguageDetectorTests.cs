using FluentAssertions;
using PaperDigest.Internals;

namespace PaperDigest.Tests.Internals;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("这是一个关于大语言模型推理能力的研究,我们发现模型会过度思考。", DocumentLanguage.ZhHans)]
    [InlineData("這是一個關於大語言模型推理能力的研究,我們發現模型會過度思考。", DocumentLanguage.ZhHant)]
    [InlineData("We study how large language models reason and find that they overthink simple problems.", DocumentLanguage.En)]
    [InlineData("研究动机很重要。We study how large language models reason and find that they overthink. 我们发现模型会过度思考。", DocumentLanguage.Mixed)]
    [InlineData("1234 ... !!", DocumentLanguage.Unknown)]
    public void Detects_language_and_script(string text, DocumentLanguage expected)
    {
        LanguageDetector.Detect(text).Should().Be(expected);
    }
}
