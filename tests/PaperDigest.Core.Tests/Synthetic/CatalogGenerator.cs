using System.Net;
using System.Text;
using static PaperDigest.Tests.Synthetic.SyntheticVocabulary;

namespace PaperDigest.Tests.Synthetic;

/// <summary>
/// Renders random papers in randomly drawn catalog templates, for tests that measure structure, not vocabulary: per
/// paper a heading with sub-heading labels, bold labels (colon inside or outside, value on the same or the next line),
/// emoji labels, table rows, numbered items with sub-bullets, paragraphs between rules, plain-text chunks, HTML cards
/// and HTML tables; labels in
/// zh-Hans, zh-Hant or English, some absent from any label table; 1-3 sections with random names and counts.
/// </summary>
public sealed class CatalogGenerator(int seed)
{
    public static readonly string[] Templates =
    [
        "md-subheadings", "md-bold-bullets", "md-bold-next-line", "md-emoji", "md-table", "md-numbered-list", "md-rules",
        "text-chunks", "text-numbered", "html-cards", "html-table",
    ];

    private readonly Random _random = new(seed);
    private int _nextId = 10000;

    public SyntheticCatalog Next()
    {
        var template = Templates[_random.Next(Templates.Length)];
        var language = _random.Next(3);
        var labels = Pick(FieldLabels[language], _random.Next(2, 5));
        var authorLabel = _random.Next(4) == 0 ? null : AuthorLabels[language];
        var sections = new List<(string, IReadOnlyList<SyntheticPaper>)>();
        foreach (var name in Pick(SectionNames, _random.Next(1, 4)))
        {
            sections.Add((name, [.. Enumerable.Range(0, _random.Next(2, 7)).Select(_ => Paper(labels, language))]));
        }

        var format = template.Split('-')[0];
        var text = template switch
        {
            "md-subheadings" => Markdown(sections, SubHeadings, authorLabel),
            "md-bold-bullets" => Markdown(sections, BoldBullets, authorLabel),
            "md-bold-next-line" => Markdown(sections, BoldNextLine, authorLabel),
            "md-emoji" => Markdown(sections, Emoji, authorLabel),
            "md-table" => MarkdownTable(sections, labels),
            "md-numbered-list" => NumberedList(sections, authorLabel),
            "md-rules" => Markdown(sections, RuleSeparated, authorLabel),
            "text-chunks" => TextChunks(sections, authorLabel, numbered: false),
            "text-numbered" => TextChunks(sections, authorLabel, numbered: true),
            "html-cards" => HtmlCards(sections, authorLabel),
            _ => HtmlTable(sections, labels),
        };
        return new SyntheticCatalog(template, format, text, sections);
    }

    private SyntheticPaper Paper(string[] labels, int language)
    {
        var english = language == 2 || _random.Next(2) == 0;
        var words = english ? EnglishWords : ChineseWords;
        var title = string.Join(english ? " " : string.Empty, Pick(words, _random.Next(3, 7)));
        if (_random.Next(5) == 0)
        {
            title += english ? ": " + string.Join(' ', Pick(EnglishWords, 3)) : "：" + string.Concat(Pick(ChineseWords, 2));
        }

        var authors = _random.Next(4) == 0
            ? Pick(ChineseNames, _random.Next(2, 5))
            : [.. Enumerable.Range(0, _random.Next(2, 6)).Select(_ => $"{FirstNames[_random.Next(FirstNames.Length)]} {LastNames[_random.Next(LastNames.Length)]}").Distinct()];
        if (authors.Length < 2)
        {
            authors = [.. authors, "Hedy Lamarr"];
        }

        var sentences = language == 2 ? EnglishSentences : ChineseSentences;
        var fields = labels.Select(label => (label, sentences[_random.Next(sentences.Length)] + (language == 2 ? "." : "。"))).ToList();
        var id = $"26{_random.Next(1, 13):00}.{_nextId++:00000}";
        return new SyntheticPaper(title, id, authors, fields);
    }

    private string[] Pick(string[] from, int count) => _random.Pick(from, count);

    private string Count(int n) => _random.Next(3) switch
    {
        0 => $" ({n} 篇)",
        1 => $"（共{n}篇）",
        _ => string.Empty,
    };

    private string Markdown(List<(string Name, IReadOnlyList<SyntheticPaper> Papers)> sections, Action<StringBuilder, SyntheticPaper, int, string?> paper, string? authorLabel)
    {
        var text = new StringBuilder("# 每日论文 Daily Papers\n\n");
        var number = 1;
        foreach (var (name, papers) in sections)
        {
            text.Append("## ").Append(name).Append(Count(papers.Count)).Append("\n\n");
            foreach (var p in papers)
            {
                paper(text, p, number++, authorLabel);
            }
        }

        return text.ToString();
    }

    private string Link(string id) => _random.Next(3) switch
    {
        0 => $"[PDF](https://arxiv.org/pdf/{id})",
        1 => $"https://arxiv.org/abs/{id}",
        _ => $"[arXiv:{id}](https://arxiv.org/abs/{id})",
    };

    private static void Authors(StringBuilder text, SyntheticPaper paper, string? label, string prefix, string colon) =>
        text.Append(prefix).Append(label is null ? string.Empty : $"{label}{colon}").Append(string.Join(", ", paper.Authors)).Append('\n');

    private void SubHeadings(StringBuilder text, SyntheticPaper paper, int number, string? authorLabel)
    {
        text.Append("### ").Append(number).Append(". ").Append(paper.Title).Append(' ').Append(Link(paper.ArxivId)).Append("\n\n");
        text.Append("#### ").Append(authorLabel ?? "Authors").Append("\n\n").Append(string.Join(", ", paper.Authors)).Append("\n\n");
        foreach (var (label, value) in paper.Fields)
        {
            text.Append("#### ").Append(label).Append("\n\n").Append(value).Append("\n\n");
        }
    }

    private void BoldBullets(StringBuilder text, SyntheticPaper paper, int number, string? authorLabel)
    {
        var colonInside = _random.Next(2) == 0;
        string Label(string label) => colonInside ? $"**{label}：**" : $"**{label}**: ";
        text.Append("### ").Append(paper.Title).Append("\n\n");
        Authors(text, paper, authorLabel is null ? null : Label(authorLabel), "- ", string.Empty);
        text.Append("- ").Append(Label("arXiv")).Append(Link(paper.ArxivId)).Append('\n');
        foreach (var (label, value) in paper.Fields)
        {
            text.Append("- ").Append(Label(label)).Append(value).Append('\n');
        }

        text.Append('\n');
    }

    private void BoldNextLine(StringBuilder text, SyntheticPaper paper, int number, string? authorLabel)
    {
        text.Append("### ").Append(number).Append('、').Append(paper.Title).Append("\n\n");
        Authors(text, paper, null, string.Empty, string.Empty);
        text.Append('\n').Append(Link(paper.ArxivId)).Append("\n\n");
        foreach (var (label, value) in paper.Fields)
        {
            text.Append("**").Append(label).Append("**\n\n").Append(value).Append("\n\n");
        }
    }

    private void Emoji(StringBuilder text, SyntheticPaper paper, int number, string? authorLabel)
    {
        string[] marks = ["🎯", "🔹", "💡", "📌", "🧪"];
        text.Append("### ").Append(paper.Title).Append("\n\n");
        Authors(text, paper, authorLabel is null ? null : $"👥 **{authorLabel}**", string.Empty, "：");
        text.Append('\n').Append("🔗 **Link**：").Append(Link(paper.ArxivId)).Append("\n\n");
        foreach (var (label, value) in paper.Fields)
        {
            text.Append(marks[_random.Next(marks.Length)]).Append(" **").Append(label).Append("**：").Append(value).Append("\n\n");
        }
    }

    // A paragraph per paper (title line, then label lines) between horizontal rules.
    private void RuleSeparated(StringBuilder text, SyntheticPaper paper, int number, string? authorLabel)
    {
        text.Append(paper.Title).Append('\n');
        Authors(text, paper, authorLabel, string.Empty, ": ");
        text.Append("arXiv: https://arxiv.org/abs/").Append(paper.ArxivId).Append('\n');
        foreach (var (label, value) in paper.Fields)
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }

        text.Append("\n---\n\n");
    }

    private string MarkdownTable(List<(string Name, IReadOnlyList<SyntheticPaper> Papers)> sections, string[] labels)
    {
        var text = new StringBuilder("# Paper table\n\n");
        foreach (var (name, papers) in sections)
        {
            text.Append("## ").Append(name).Append(Count(papers.Count)).Append("\n\n");
            text.Append("| Title | Authors | arXiv | ").Append(string.Join(" | ", labels)).Append(" |\n");
            text.Append(string.Concat(Enumerable.Repeat("|---", 3 + labels.Length))).Append("|\n");
            foreach (var paper in papers)
            {
                text.Append("| **").Append(paper.Title).Append("** | ").Append(string.Join(", ", paper.Authors)).Append(" | [")
                    .Append(paper.ArxivId).Append("](https://arxiv.org/abs/").Append(paper.ArxivId).Append(") | ")
                    .Append(string.Join(" | ", paper.Fields.Select(f => f.Value))).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private string NumberedList(List<(string Name, IReadOnlyList<SyntheticPaper> Papers)> sections, string? authorLabel)
    {
        var text = new StringBuilder("# Reading list\n\n");
        foreach (var (name, papers) in sections)
        {
            text.Append("## ").Append(name).Append("\n\n");
            var number = 1;
            foreach (var paper in papers)
            {
                text.Append(number++).Append(". **").Append(paper.Title).Append("**\n");
                Authors(text, paper, authorLabel, "   - ", ": ");
                text.Append("   - arXiv: ").Append(Link(paper.ArxivId)).Append('\n');
                foreach (var (label, value) in paper.Fields)
                {
                    text.Append("   - ").Append(label).Append(": ").Append(value).Append('\n');
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string TextChunks(List<(string Name, IReadOnlyList<SyntheticPaper> Papers)> sections, string? authorLabel, bool numbered)
    {
        var text = new StringBuilder("每日论文速递\n\n");
        var number = 1;
        foreach (var (name, papers) in sections)
        {
            text.Append("==== ").Append(name).Append(" ====\n\n");
            foreach (var paper in papers)
            {
                text.Append(numbered ? $"{number++}. " : $"【{number++}】").Append(paper.Title).Append('\n');
                Authors(text, paper, authorLabel, string.Empty, "：");
                text.Append("arXiv：https://arxiv.org/abs/").Append(paper.ArxivId).Append('\n');
                foreach (var (label, value) in paper.Fields)
                {
                    text.Append(label).Append('：').Append(value).Append('\n');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static string HtmlCards(List<(string Name, IReadOnlyList<SyntheticPaper> Papers)> sections, string? authorLabel)
    {
        var text = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Daily papers</title></head><body>\n<h1>Daily papers</h1>\n");
        foreach (var (name, papers) in sections)
        {
            text.Append("<h2>").Append(Html(name)).Append("</h2>\n");
            foreach (var paper in papers)
            {
                text.Append("<div class=\"card\">\n<h3>").Append(Html(paper.Title)).Append("</h3>\n");
                text.Append("<p>").Append(authorLabel is null ? string.Empty : $"<strong>{Html(authorLabel)}:</strong> ").Append(Html(string.Join(", ", paper.Authors))).Append("</p>\n");
                text.Append("<p><a href=\"https://arxiv.org/abs/").Append(paper.ArxivId).Append("\">arXiv</a></p>\n");
                foreach (var (label, value) in paper.Fields)
                {
                    text.Append("<p><strong>").Append(Html(label)).Append("：</strong>").Append(Html(value)).Append("</p>\n");
                }

                text.Append("</div>\n");
            }
        }

        return text.Append("</body></html>\n").ToString();
    }

    private static string HtmlTable(List<(string Name, IReadOnlyList<SyntheticPaper> Papers)> sections, string[] labels)
    {
        var text = new StringBuilder("<!DOCTYPE html>\n<html><body>\n<h1>Paper table</h1>\n");
        foreach (var (name, papers) in sections)
        {
            text.Append("<h2>").Append(Html(name)).Append("</h2>\n<table>\n<tr><th>Title</th><th>Authors</th><th>Link</th>");
            text.Append(string.Concat(labels.Select(l => $"<th>{Html(l)}</th>"))).Append("</tr>\n");
            foreach (var paper in papers)
            {
                text.Append("<tr><td>").Append(Html(paper.Title)).Append("</td><td>").Append(Html(string.Join(", ", paper.Authors)))
                    .Append("</td><td><a href=\"https://arxiv.org/abs/").Append(paper.ArxivId).Append("\">PDF</a></td>")
                    .Append(string.Concat(paper.Fields.Select(f => $"<td>{Html(f.Value)}</td>"))).Append("</tr>\n");
            }

            text.Append("</table>\n");
        }

        return text.Append("</body></html>\n").ToString();
    }
}
