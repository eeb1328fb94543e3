using System.Buffers;

namespace PaperDigest.Internals;

/// <summary>Tells the dominant language and Chinese script of a text by counting characters over a sample.</summary>
internal static class LanguageDetector
{
    // Frequent characters whose Simplified and Traditional forms differ; each list holds one script's forms only.
    private static readonly SearchValues<char> SimplifiedOnly =
        SearchValues.Create("们这个来说时为与实际开发体学还让应关么会过点种对当从样现经将无问题区处国长动进产结书写语类数据层习练员头见话读网图");

    private static readonly SearchValues<char> TraditionalOnly =
        SearchValues.Create("們這個來說時為與實際開發體學還讓應關麼會過點種對當從樣現經將無問題區處國長動進產結書寫語類數據層習練員頭見話讀網圖");

    /// <summary>Detects the language of <paramref name="sample"/>.</summary>
    public static DocumentLanguage Detect(ReadOnlySpan<char> sample)
    {
        int han = 0, latin = 0, simplified = 0, traditional = 0;
        foreach (var c in sample)
        {
            if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (HanText.IsHan(c))
            {
                han++;
                if (SimplifiedOnly.Contains(c))
                {
                    simplified++;
                }
                else if (TraditionalOnly.Contains(c))
                {
                    traditional++;
                }
            }
        }

        // A Han character carries about a word; an English word is about five letters.
        var latinWords = latin / 5.0;
        var total = han + latinWords;
        if (total < 4)
        {
            return DocumentLanguage.Unknown;
        }

        var hanShare = han / total;
        if (hanShare < 0.2)
        {
            return DocumentLanguage.En;
        }

        if (hanShare < 0.7)
        {
            return DocumentLanguage.Mixed;
        }

        return traditional > simplified ? DocumentLanguage.ZhHant : DocumentLanguage.ZhHans;
    }

}
