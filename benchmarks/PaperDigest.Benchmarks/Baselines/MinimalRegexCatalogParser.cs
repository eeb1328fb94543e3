using System.Text.RegularExpressions;

namespace PaperDigest.Benchmarks.Baselines;

/// <summary>
/// The catalog read the way a user would in an afternoon (issue 20): one compiled, multiline regular expression
/// run once over the whole text, with one alternative per line shape (tag line, TL;DR, the seven emoji fields,
/// the abstract marker) and one for links. It reads the same fields as <see cref="RegexCatalogParser"/>
/// (domain, category, tags, TL;DR, fields, abstract, links) but no section headers, no variants, no
/// diagnostics; the abstract is the text between its marker and the next paper's two head lines.
/// </summary>
internal sealed partial class MinimalRegexCatalogParser
{
    [GeneratedRegex(
        @"^(?:(?<tags>#\S[^\n]*)|TL;?DR[:：][ \t]*(?<tldr>[^\n]*)|[^\n\w]{1,4}[ \t]*(?<label>研究动机|解决问题|现象分析|主要方法|数据与实验|主要贡献|局限性)(?<value>[^\n]*)|(?<abstract>查看完整摘要[^\n]*))$|(?<url>https?://[^\s)）\]]+)",
        RegexOptions.Multiline)]
    private static partial Regex Shapes();

    public List<RegexCatalogPaper> Parse(string text)
    {
        var papers = new List<RegexCatalogPaper>();
        RegexCatalogPaper? paper = null;
        var abstractStart = -1;
        foreach (Match match in Shapes().Matches(text))
        {
            if (match.Groups["tags"] is { Success: true } tags)
            {
                // The two lines above the tag line are the paper's domain and category.
                var categoryStart = text.LastIndexOf('\n', Math.Max(0, match.Index - 2)) + 1;
                var domainStart = categoryStart > 0 ? text.LastIndexOf('\n', Math.Max(0, categoryStart - 2)) + 1 : 0;
                if (paper is not null && abstractStart >= 0)
                {
                    paper.Abstract = text[abstractStart..Math.Max(abstractStart, domainStart - 1)];
                }

                paper = new RegexCatalogPaper
                {
                    Domain = text[domainStart..Math.Max(domainStart, categoryStart - 1)],
                    Category = text[categoryStart..Math.Max(categoryStart, match.Index - 1)],
                };
                paper.Tags.AddRange(tags.Value.Split('#', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                papers.Add(paper);
                abstractStart = -1;
            }
            else if (paper is null)
            {
                continue;
            }
            else if (match.Groups["tldr"] is { Success: true } tlDr)
            {
                paper.TlDr = tlDr.Value;
            }
            else if (match.Groups["label"] is { Success: true } label)
            {
                paper.Fields[label.Value] = match.Groups["value"].Value;
            }
            else if (match.Groups["abstract"].Success)
            {
                abstractStart = match.Index + match.Length + 1;
            }
            else
            {
                paper.Links.Add(match.Value);
            }
        }

        if (paper is not null && abstractStart >= 0 && abstractStart <= text.Length)
        {
            paper.Abstract = text[abstractStart..];
        }

        return papers;
    }
}
