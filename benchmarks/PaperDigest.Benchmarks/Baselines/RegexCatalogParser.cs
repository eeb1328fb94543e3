using System.Text.RegularExpressions;

namespace PaperDigest.Benchmarks.Baselines;

/// <summary>
/// The comparison point for the catalog parser (issue 7/7): the catalog layout read the straightforward way,
/// split into lines and matched with compiled regular expressions. It reads what the corpus catalog needs
/// (sections, the two head lines, hashtags, TL;DR, the emoji fields, the abstract, links and arXiv ids) and
/// none of the variants or diagnostics the real parser handles, so it is a generous baseline. Measured both
/// interpreted (what <c>new Regex(pattern)</c> gives) and with <see cref="RegexOptions.Compiled"/>.
/// </summary>
internal sealed class RegexCatalogParser(RegexOptions options)
{
    private readonly Regex _sectionHeader = new(@"^\s*(?<title>[^\d,，。:：]{1,40}?)\s*(?<count>\d+)\s*篇\s*$", options);
    private readonly Regex _tagLine = new(@"^\s*#\S", options);
    private readonly Regex _tag = new(@"[#;]\s*(?<tag>[^#;]+?)\s*(?=[#;]|$)", options);
    private readonly Regex _tlDr = new(@"^\s*TL;?\s*DR\s*[:：]\s*(?<value>.*)$", options | RegexOptions.IgnoreCase);
    private readonly Regex _field = new(
        @"^\s*(?:\p{So}|\p{Cs}|\uFE0F|\s)*(?<label>研究动机|解决问题|现象分析|主要方法|数据与实验|主要贡献|局限性)\s*[:：]?\s*(?<value>.*)$",
        options);
    private readonly Regex _abstractMarker = new(@"^\s*查看完整摘要", options);
    private readonly Regex _url = new(@"https?://[^\s)）\]]+", options);
    private readonly Regex _arxiv = new(@"arXiv:\s*(?<id>\d{4}\.\d{4,5})", options | RegexOptions.IgnoreCase);

    public List<RegexCatalogPaper> Parse(string text)
    {
        var papers = new List<RegexCatalogPaper>();
        var pending = new List<string>();
        RegexCatalogPaper? paper = null;
        var section = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            Match match;
            if ((match = _sectionHeader.Match(line)).Success)
            {
                section = match.Groups["title"].Value;
                continue;
            }

            if (_tagLine.IsMatch(line))
            {
                paper = StartPaper(papers, pending, paper, section);
                foreach (Match tag in _tag.Matches(line))
                {
                    paper.Tags.Add(tag.Groups["tag"].Value);
                }

                continue;
            }

            if (paper is not null && (match = _tlDr.Match(line)).Success)
            {
                paper.TlDr = match.Groups["value"].Value;
            }
            else if (paper is not null && (match = _field.Match(line)).Success)
            {
                paper.Fields[match.Groups["label"].Value] = match.Groups["value"].Value;
            }
            else if (line.Length > 0 && !_abstractMarker.IsMatch(line))
            {
                pending.Add(line);
            }

            foreach (Match url in _url.Matches(line))
            {
                paper?.Links.Add(url.Value);
            }

            foreach (Match id in _arxiv.Matches(line))
            {
                paper?.Links.Add("arXiv:" + id.Groups["id"].Value);
            }
        }

        if (paper is not null)
        {
            paper.Abstract = string.Join('\n', pending);
        }

        return papers;
    }

    // The two lines before a tag line are the paper's domain and category; the rest belongs to the previous abstract.
    private static RegexCatalogPaper StartPaper(List<RegexCatalogPaper> papers, List<string> pending, RegexCatalogPaper? previous, string section)
    {
        var head = Math.Max(0, pending.Count - 2);
        if (previous is not null)
        {
            previous.Abstract = string.Join('\n', pending.Take(head));
        }

        var paper = new RegexCatalogPaper
        {
            Section = section,
            Domain = pending.Count >= 2 ? pending[^2] : "",
            Category = pending.Count >= 1 ? pending[^1] : "",
        };
        pending.Clear();
        papers.Add(paper);
        return paper;
    }
}

/// <summary>One paper as the regex baseline reads it.</summary>
internal sealed class RegexCatalogPaper
{
    public string Section { get; set; } = "";

    public string Domain { get; set; } = "";

    public string Category { get; set; } = "";

    public List<string> Tags { get; } = [];

    public string TlDr { get; set; } = "";

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public string Abstract { get; set; } = "";

    public List<string> Links { get; } = [];
}
