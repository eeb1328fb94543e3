using System.Net;
using System.Text;
using static PaperDigest.Tests.Synthetic.SyntheticVocabulary;

namespace PaperDigest.Tests.Synthetic;

/// <summary>
/// Renders random news items in randomly drawn brief and collection templates, for tests that measure structure, not
/// vocabulary: briefs whose parts are headings with emoji, plain words or numbers (names no label table has) over items
/// as numbered headings, bold leads or numbered list lines, each with a summary and a link; collections of items that
/// close with their source; briefs of headlines without any link, and briefs whose parts differ in shape (numbered
/// headings with a source line, then a list of linked tools, then the sources again as bare links); Markdown, HTML
/// cards and plain text.
/// </summary>
public sealed class CollectionGenerator(int seed)
{
    public static readonly string[] Templates =
    [
        "md-brief-headings", "md-brief-bold-leads", "md-brief-numbered", "md-brief-part-lines", "html-brief-cards", "text-brief-numbered", "md-news-credits",
        "html-news-cards", "html-news-divs", "text-news-closing-credits", "md-blog-papers", "md-brief-headlines", "md-brief-mixed-shapes",
    ];

    private readonly Random _random = new(seed);
    private int _next = 1;
    private bool _grouped;

    public SyntheticDigest Next() => Next(Templates[_random.Next(Templates.Length)]);

    /// <summary>A document of one of the templates of <paramref name="layout"/>.</summary>
    public SyntheticDigest Next(DigestFormat layout)
    {
        var templates = Array.FindAll(Templates, t => LayoutOf(t) == layout);
        return Next(templates[_random.Next(templates.Length)]);
    }

    public static DigestFormat LayoutOf(string template) =>
        template.Contains("news", StringComparison.Ordinal) ? DigestFormat.Tagged
        : template.Contains("blog", StringComparison.Ordinal) ? DigestFormat.Blog
        : DigestFormat.Brief;

    private SyntheticDigest Next(string template)
    {
        var news = template.Contains("news", StringComparison.Ordinal);
        var blog = template.Contains("blog", StringComparison.Ordinal);
        var headlines = template == "md-brief-headlines";
        var parts = new List<(string, IReadOnlyList<SyntheticItem>)>();
        foreach (var name in Pick(PartNames, _random.Next(2, 5)))
        {
            parts.Add((name, [.. Enumerable.Range(0, _random.Next(2, 6)).Select(_ => Item(news, blog, headlines))]));
        }

        var title = Pick(DocumentTitles, 1)[0];
        _grouped = true;
        var text = template switch
        {
            "md-brief-headings" => MarkdownHeadings(title, parts),
            "md-brief-bold-leads" => MarkdownBoldLeads(title, parts),
            "md-brief-numbered" => MarkdownNumbered(title, parts),
            "md-brief-part-lines" => MarkdownPartLines(title, parts),
            "html-brief-cards" => HtmlCards(title, parts, credits: false),
            "text-brief-numbered" => TextNumbered(title, parts),
            "md-news-credits" => MarkdownCredits(title, parts),
            "md-blog-papers" => MarkdownBlog(title, parts),
            "text-news-closing-credits" => TextClosingCredits(title, parts),
            "html-news-divs" => HtmlDivs(title, parts),
            "md-brief-headlines" => MarkdownHeadlines(title, parts),
            "md-brief-mixed-shapes" => MarkdownMixedShapes(title, parts),
            _ => HtmlCards(title, parts, credits: true),
        };
        return new SyntheticDigest(template, LayoutOf(template), text, parts) { Grouped = _grouped };
    }

    private SyntheticItem Item(bool news, bool paper, bool headline = false)
    {
        var english = _random.Next(2) == 0;
        var title = english
            ? $"{Pick(Products, 1)[0]} {Pick(EnglishVerbs, 1)[0]} {string.Join(' ', Pick(EnglishWords, _random.Next(2, 4)))}"
            : $"{Pick(Products, 1)[0]}{Pick(ChineseVerbs, 1)[0]}{string.Concat(Pick(ChineseWords, _random.Next(2, 4)))}";

        // A headline says what happened, at a sentence's length.
        title += !headline ? string.Empty : english ? " " + Pick(HeadlineTails, 1)[0] : Pick(ChineseHeadlineTails, 1)[0];
        var summary = english
            ? EnglishSentences[_random.Next(EnglishSentences.Length)] + "."
            : ChineseSentences[_random.Next(ChineseSentences.Length)] + "。";
        var url = paper ? $"https://arxiv.org/abs/26{_random.Next(1, 13):00}.{20000 + _next++:00000}" : $"https://{Pick(Sites, 1)[0]}/news/{_next++}";
        return new SyntheticItem(title, summary, headline ? string.Empty : url, news ? Pick(Publishers, 1)[0] : null);
    }

    private string Intro() => _random.Next(2) == 0 ? "本期共收录若干条消息，按栏目排列。" : "This issue collects the week's notes, part by part.";

    private string MarkdownHeadings(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        var text = new StringBuilder($"# {title}\n\n{Intro()}\n\n");
        var level = _random.Next(2) == 0 ? ("##", "###") : ("###", "####");
        foreach (var (name, items) in parts)
        {
            text.Append($"{level.Item1} {name}\n\n");
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var link = _random.Next(3) switch
                {
                    0 => $"[原文]({item.Url})",
                    1 => $"Link: {item.Url}",
                    _ => $"[Read more]({item.Url})",
                };
                text.Append($"{level.Item2} {i + 1}. {item.Title}\n\n{item.Summary}\n\n{link}\n\n");
            }
        }

        return text.ToString();
    }

    private string MarkdownBoldLeads(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        var text = new StringBuilder($"# {title}\n\n{Intro()}\n\n");
        foreach (var (name, items) in parts)
        {
            text.Append($"## {name}\n\n");
            foreach (var item in items)
            {
                text.Append($"**{item.Title}**\n{item.Summary} [详情]({item.Url})\n\n");
            }
        }

        return text.ToString();
    }

    private static string MarkdownNumbered(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        var text = new StringBuilder($"# {title}\n\n");
        foreach (var (name, items) in parts)
        {
            text.Append($"## {name}\n\n");
            for (var i = 0; i < items.Count; i++)
            {
                text.Append($"{i + 1}. **{items[i].Title}**\n   {items[i].Summary} [link]({items[i].Url})\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    // Parts as lines of their own (bold or plain) over lists whose items open with the linked title.
    private string MarkdownPartLines(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        var text = new StringBuilder($"# {title}\n\n");
        var bold = _random.Next(2) == 0;
        foreach (var (name, items) in parts)
        {
            text.Append(bold ? $"**{name}**\n\n" : $"{name}\n\n");
            for (var i = 0; i < items.Count; i++)
            {
                var separator = _random.Next(2) == 0 ? "：" : " - ";
                text.Append($"{i + 1}. [{items[i].Title}]({items[i].Url}){separator}{items[i].Summary}\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private string MarkdownCredits(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        var text = new StringBuilder($"# {title}\n\n");
        _grouped = _random.Next(2) == 0;
        foreach (var (name, items) in parts)
        {
            if (_grouped)
            {
                text.Append($"## {name}\n\n");
            }

            foreach (var item in items)
            {
                text.Append($"### [{item.Title}]({item.Url})\n\n{item.Summary}\n\n{item.Publisher}\n\n");
            }
        }

        return text.ToString();
    }

    private static string HtmlCards(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts, bool credits)
    {
        var text = new StringBuilder($"<!DOCTYPE html>\n<html><head><title>{WebUtility.HtmlEncode(title)}</title></head>\n<body>\n<h1>{WebUtility.HtmlEncode(title)}</h1>\n");
        foreach (var (name, items) in parts)
        {
            text.Append($"<section class=\"part\">\n<h2>{WebUtility.HtmlEncode(name)}</h2>\n");
            foreach (var item in items)
            {
                text.Append("<article class=\"card\">\n")
                    .Append($"<h3><a href=\"{item.Url}\">{WebUtility.HtmlEncode(item.Title)}</a></h3>\n")
                    .Append($"<p>{WebUtility.HtmlEncode(item.Summary)}</p>\n");
                text.Append(credits ? $"<span class=\"source\">{WebUtility.HtmlEncode(item.Publisher!)}</span>\n" : $"<a href=\"{item.Url}\">详情</a>\n");
                text.Append("</article>\n");
            }

            text.Append("</section>\n");
        }

        return text.Append("</body></html>\n").ToString();
    }

    // Parts as lines of their own (a number or an emoji before a name), items numbered, each with its URL on a line.
    private static string TextNumbered(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        var text = new StringBuilder($"{title}\n\n");
        foreach (var (name, items) in parts)
        {
            text.Append($"{name}\n\n");
            for (var i = 0; i < items.Count; i++)
            {
                text.Append($"{i + 1}. {items[i].Title}\n{items[i].Summary}\n{items[i].Url}\n\n");
            }
        }

        return text.ToString();
    }

    // A page of boxes with no headings at all: per item a div holding a title link, a summary and a source span.
    private string HtmlDivs(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        _grouped = false;
        var text = new StringBuilder($"<!DOCTYPE html>\n<html><head><title>{WebUtility.HtmlEncode(title)}</title></head>\n<body>\n<div class=\"feed\">\n");
        var box = Pick(["item", "news-card", "entry"], 1)[0];
        foreach (var item in parts.SelectMany(p => p.Items))
        {
            text.Append($"<div class=\"{box}\"><a class=\"t\" href=\"{item.Url}\">{WebUtility.HtmlEncode(item.Title)}</a>")
                .Append($"<p>{WebUtility.HtmlEncode(item.Summary)}</p><span class=\"src\">{WebUtility.HtmlEncode(item.Publisher!)}</span></div>\n");
        }

        return text.Append("</div>\n</body></html>\n").ToString();
    }

    // Plain text: a title line, its summary closing with the source in parentheses, the URL; no part headings.
    private string TextClosingCredits(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        _grouped = false;
        var text = new StringBuilder($"{title}\n\n");
        foreach (var item in parts.SelectMany(p => p.Items))
        {
            text.Append($"{item.Title}\n{item.Summary}({item.Publisher})\n{item.Url}\n\n");
        }

        return text.ToString();
    }

    // A post about papers: an introduction, then per paper a heading over prose and its arXiv link, under topic headings.
    private string MarkdownBlog(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        var text = new StringBuilder($"# {title}\n\n{Intro()}\n\n");
        var number = 1;
        foreach (var (name, items) in parts)
        {
            text.Append($"## {name}\n\n");
            foreach (var item in items)
            {
                var link = _random.Next(2) == 0 ? $"论文链接：{item.Url}" : $"[Paper]({item.Url})";
                text.Append($"### {number++}. {item.Title}\n\n{item.Summary}\n\n{Pick(EnglishSentences, 1)[0]}.\n\n{link}\n\n");
            }
        }

        return text.ToString();
    }

    // Headlines without any link: parts as headings over items as headings, each with two sentences.
    private string MarkdownHeadlines(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        var text = new StringBuilder($"# {title}\n\n{Intro()}\n\n");
        foreach (var (name, items) in parts)
        {
            text.Append($"## {name}\n\n");
            foreach (var item in items)
            {
                text.Append($"### {item.Title}\n\n{item.Summary}\n\n{Pick(EnglishSentences, 1)[0]}.\n\n");
            }
        }

        return text.ToString();
    }

    // The first parts hold numbered headings with a labelled source line and a labelled bullet, the last part a list of
    // linked tools; a closing part lists the headings' sources again as bare links (not items).
    private string MarkdownMixedShapes(string title, List<(string Name, IReadOnlyList<SyntheticItem> Items)> parts)
    {
        var text = new StringBuilder($"# {title}\n\n{Intro()}\n\n");
        var cited = new List<SyntheticItem>();
        for (var p = 0; p < parts.Count; p++)
        {
            var (name, items) = parts[p];
            text.Append($"## {name}\n\n");
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (p + 1 < parts.Count)
                {
                    text.Append($"### {i + 1}. {item.Title}\n**来源**: [{Pick(Publishers, 1)[0]}]({item.Url}) | 发布时间: 2026-01-0{_random.Next(1, 10)}\n\n")
                        .Append($"{item.Summary}\n\n- **影响**: {Pick(ChineseSentences, 1)[0]}。\n\n");
                    cited.Add(item);
                }
                else
                {
                    text.Append($"- **[{item.Title}]({item.Url})**: \n  {item.Summary}\n\n");
                }
            }
        }

        text.Append("## 🔗 参考链接\n\n");
        foreach (var item in cited)
        {
            text.Append($"- [{item.Title} - {Pick(Publishers, 1)[0]}]({item.Url})\n");
        }

        return text.ToString();
    }

    private string[] Pick(string[] from, int count) => _random.Pick(from, count);

    private static readonly string[] HeadlineTails = ["for Long Documents", "Across Three Benchmarks", "Ahead of Its Rivals", "With a Smaller Model"];

    private static readonly string[] ChineseHeadlineTails = ["，性能大幅提升", "，面向长文档场景", "，成本下降一半", "，开发者反响热烈"];

    // Part names no label table has: emoji, words, numbers, in three scripts.
    private static readonly string[] PartNames =
    [
        "🔥 热点追踪", "🤖 模型与技术", "🛠️ 工具箱", "📦 开源速递", "一、行业动态", "二、产品更新", "三、研究前沿", "💡 观点",
        "Industry Moves", "Tools We Tried", "Open Source", "Policy Watch", "產業觀察", "工具推薦", "Part 3: Odds and Ends",
    ];

    private static readonly string[] DocumentTitles = ["AI 早报 第 12 期", "本周人工智能速览", "The Weekly Signal", "AI 週報", "Morning Notes on AI"];

    private static readonly string[] Products = ["Orion", "NovaChat", "Atlas", "Kestrel", "Lumen", "Quill", "Vega", "Harbor", "Mosaic", "Tern"];

    private static readonly string[] EnglishVerbs = ["launches", "open-sources", "updates", "acquires", "benchmarks", "releases"];

    private static readonly string[] ChineseVerbs = ["发布", "开源", "更新", "推出", "上线", "升级"];

    private static readonly string[] Sites = ["news.example.com", "blog.example.org", "tech.example.net", "daily.example.cn"];

    // Invented sources (a credit is a name, whatever it is).
    private static readonly string[] Publishers = ["晨星科技", "北辰评论", "算力日记", "The Daily Circuit", "Loom Weekly", "硅谷觀察", "Byte Harbor", "模型手记"];
}
