using System.Text;

namespace PaperDigest.Fuzz;

/// <summary>
/// Writes the round-two hostile inputs of docs/reliability.md (section 6) at full size, with a manifest
/// <c>cases.tsv</c> (name, CLI arguments, expectation) that <c>hostile.sh</c> runs against the CLI.
/// Every input is generated from our own fixture shapes; the three U+2028/NEL/FF catalogs re-end the lines of
/// the corpus catalog when <c>PAPERDIGEST_CORPUS</c> is set.
/// </summary>
internal static class HostileInputs
{
    private const string Paper = """
        基础/前沿模型 (含LLM)
        推理与思维链
        #Reasoning #RLVR
        TL;DR:Short rewards.
        🎯 研究动机长链推理成本高。
        ❓ 解决问题提高正确率。
        🛠️ 主要方法可验证奖励。
        查看完整摘要 (Abstract)
        Long chains of thought are costly.
        """;

    private const string Head = "推理与思维链1 篇\n";

    public static int Write(string outDir)
    {
        Directory.CreateDirectory(outDir);
        var cases = new List<string>();
        void Case(string name, string args, string expect) => cases.Add($"{name}\t{args}\t{expect}");
        void Text(string file, string text) => File.WriteAllText(Path.Combine(outDir, file), text);

        // Super-linear time in the text parsers.
        Text("urls-100k.txt", Catalog(Line(100_000, i => $"https://example.org/p/{i} ")));
        Case("100k distinct URLs on one line", "parse urls-100k.txt", "ok");
        Text("arxiv-100k.txt", Catalog(Line(100_000, i => $"arXiv:{2401 + i / 100000}.{i % 100000:D5} ")));
        Case("100k arXiv ids on one line", "parse arxiv-100k.txt", "ok");
        Text("url-parens.txt", Catalog("https://example.org/a" + new string(')', 1_000_000)));
        Case("a URL followed by 1M ')'", "parse url-parens.txt", "ok");
        Text("tag-parens.txt", Head + Paper.Replace("#Reasoning #RLVR", "#a" + new string(')', 1_000_000)));
        Case("'#a' followed by 1M ')'", "parse tag-parens.txt", "ok");
        Text("tags-100k.txt", Head + Paper.Replace("#Reasoning #RLVR", Line(100_000, i => $"#t{i} ")));
        Case("100k distinct tags on one line", "parse tags-100k.txt", "ok");
        Text("labels-100k.txt", Catalog(string.Join('\n', Enumerable.Range(0, 100_000).Select(i => $"🧪 字段{i}：值{i}"))));
        Case("100k distinct unknown field labels in one paper", "parse labels-100k.txt", "ok");
        Text("brief-brackets.txt", Brief(new string('[', 1_000_000)));
        Case("a brief line of 1M '['", "parse brief-brackets.txt", "ok");
        Text("brief-focus-50k.txt", Brief(string.Concat(Enumerable.Repeat("重点关注\n\n01 推理 标题\n\n正文。\n\n", 50_000))));
        Case("50k '重点关注' parts", "parse brief-focus-50k.txt", "ok");
        Text("brief-focus-line-50k.txt", Brief(string.Concat(Enumerable.Repeat("重点关注", 50_000))));
        Case("50k '重点关注' on one line", "parse brief-focus-line-50k.txt", "ok");

        // HTML: counts, depth and nesting.
        Text("html-hrefs-100k.html", Page(Line(100_000, i => $"<a href=\"https://example.org/p/{i}\">p{i}</a> ")));
        Case("100k <a href> on a page", "parse html-hrefs-100k.html", "ok");
        Text("html-attributes-100k.html", Page("<div " + Line(100_000, i => $"a{i}=\"1\" ") + ">x</div>"));
        Case("one element with 100k attributes", "parse html-attributes-100k.html", "ok");
        Text("html-div-100k.html", Page(Nest("<div>", "</div>", 100_000, "x")));
        Case("100k nested <div>", "parse html-div-100k.html", "ok");
        Text("html-row-16k.html", Page("<table><tr>" + Line(16_000, i => $"<td><a href=\"https://arxiv.org/abs/2601.{i:D5}\">c{i}</a></td>") + "</tr></table>"));
        Case("one table row of 16k linked cells", "parse html-row-16k.html", "ok");
        Text("md-records-50k.md", "# Catalog\n\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i =>
            $"## {i + 1}. Paper {i} on sparse attention\n\n- **Authors**: Ada Lovelace, Alan Turing\n- **arXiv**: 2601.{i:D5}\n- **Summary**: Paper {i} in short.\n\n")));
        Case("50k heading records with bold labels", "parse md-records-50k.md", "entries=50000");
        Text("md-table-rows-50k.md", "# Papers\n\n| Title | Authors | arXiv |\n|---|---|---|\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i =>
            $"| Paper {i} on sparse attention | Ada Lovelace, Alan Turing | [2601.{i:D5}](https://arxiv.org/abs/2601.{i:D5}) |\n")));
        Case("one table of 50k paper rows", "parse md-table-rows-50k.md", "entries=50000");
        Text("md-news-50k.md", "# News\n\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i =>
            $"### [Item {i} launches something new](https://news.example.com/{i})\n\nShort summary of item {i}.\n\n{(i % 2 == 0 ? "北辰评论" : "Loom Weekly")}\n\n")));
        Case("50k credited news items (structure: a collection)", "parse md-news-50k.md", "entries=50000");
        Text("md-mixed-parts-20k.md", "# Brief\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => i % 2 == 0
            ? $"## Part {i}\n\n### 1. Item {i} ships a new model today\n**Source**: [Site](https://news.example.com/{i})\n\nSummary {i}.\n\n"
            : $"## Tools {i}\n\n- **[tool-{i}](https://github.com/example/tool-{i})**:\n  What it does.\n\n- **[kit-{i}](https://github.com/example/kit-{i})**:\n  What it does too.\n\n")));
        Case("20k brief parts of two item shapes", "parse md-mixed-parts-20k.md", "ok");
        Text("html-ul-100k.html", Page(Nest("<ul><li>", "</li></ul>", 100_000, "x")));
        Case("100k nested <ul>", "parse html-ul-100k.html", "ok");
        Text("html-keywords-5000.html", Page(Section("s", Article(Nest("<span class=\"kw\">", "</span>", 5000, "#kw")))));
        Case("5,000 nested keyword spans", "parse html-keywords-5000.html", "ok");
        Text("html-articles-5000.html", Page(Section("s", Nest("<article class=\"paper\">" + Title(0), "</article>", 5000, ""))));
        Case("5,000 nested paper articles", "parse html-articles-5000.html", "ok");
        Text("html-sections-1000.html", Page(Nest("<section><h2 class=\"cat-title\">类别<small>1 篇</small></h2>" + Article(""), "</section>", 1000, "")));
        Case("1,000 nested sections, one paper each", "parse html-sections-1000.html", "entries=1000");
        Text("html-sections-60k.html", Page(Nest("<section>", "</section>", 60_000, "")));
        Case("60k nested empty sections", "parse html-sections-60k.html", "ok");
        Text("md-yaml-deep.md", "---\nk: " + new string('[', 65_000) + "x" + new string(']', 65_000) + "\ntitle: deep\n---\n\n# Notes\n\nSome text here. More text.\n");
        Case("YAML front matter nested 65,000 deep (round three: read without recursion, refused past 64)", "parse md-yaml-deep.md", "ok");
        Text("md-yaml-aliases.md", "---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 29).Select(i =>
            $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n")) + "title: bomb\n---\n\n# Notes\n\nSome text here. More text.\n");
        Case("a YAML alias bomb in front matter (round three: aliases counted, never expanded)", "parse md-yaml-aliases.md", "ok");
        Text("hashtag-based-64k.txt", Head + Paper.Replace("#Reasoning #RLVR", "#x" + string.Concat(Enumerable.Repeat("-based", 64_000)) + " #AI"));
        Case("a hashtag #x-based-based-… 64k long (round three: one 'based' comes off, no recursion per suffix)", "tags hashtag-based-64k.txt", "ok");
        Text("hashtag-words-80k.txt", Head + Paper.Replace("#Reasoning #RLVR", "#" + string.Join('-', Enumerable.Repeat("word", 80_000)) + " #AI"));
        Case("a hashtag of 80,000 words (round three: no tail lookups for a tag longer than a name)", "tags hashtag-words-80k.txt", "ok");
        Text("html-cell-60k-after-comment.html", "<html><body><!--><table><tr><th>Title</th><th>Link</th></tr><tr><td>" + string.Concat(Enumerable.Repeat("<span>", 60_000)) + "Paper A"
            + string.Concat(Enumerable.Repeat("</span>", 60_000)) + "</td><td><a href=\"https://arxiv.org/abs/2401.00001\">x</a></td></tr><tr><td>Paper B</td><td>z</td></tr></table></body></html>");
        Case("a table cell nested 60k deep after an abruptly closed comment (round three: cell text read without recursion)", "parse html-cell-60k-after-comment.html", "ok");
        foreach (var (name, opening) in new[] { ("comment", "<!-- draft"), ("script", "<script>") })
        {
            Text($"md-unclosed-{name}.md", "---\ntitle: Notes\n---\n\n" + opening + "\n\n# 今日概览\n\n## 重点关注\n\n" + string.Concat(Enumerable.Range(1, 12).Select(i =>
                $"{i}. Model {i} ships today with better results\n   Summary of item {i}. https://news.example.com/{i}\n\n")));
            Case($"an unclosed {opening} after the front matter (round three: a warning, and what follows is read)", $"parse md-unclosed-{name}.md", "entries=12");
        }

        Text("md-brief-1200.md", "# 今日概览\n\n## 重点关注\n\n" + string.Concat(Enumerable.Range(1, 1200).Select(i =>
            $"{i}. Item {i} ships a new model today with better results\n   Summary of item {i}. https://news.example.com/{i}\n\n")));
        Case("a brief of 1,200 numbered items (round three: items 1000+ kept, not folded into item 999)", "parse md-brief-1200.md", "entries=1200");
        foreach (var wrapper in new[] { "form", "nav", "aside" })
        {
            Text($"html-in-{wrapper}.html", Page($"<{wrapper}>" + Section("推理", string.Concat(Enumerable.Range(0, 9).Select(i => Article("", i)))) + $"</{wrapper}>"));
            Case($"a page wrapped in <{wrapper}> (round three: page containers hide nothing)", $"parse html-in-{wrapper}.html", "entries=9");
        }

        // Round three: the HTML tree the parser builds, not the tags as written, is what the depth limit bounds.
        Text("html-div-selfclosed-100k.html", Page(Line(100_000, _ => "<div/>") + Section("推理", Article(""))));
        Case("<div/> x 100k (round three: self-closing syntax on a non-void element nests)", "parse html-div-selfclosed-100k.html", "ok");
        foreach (var (name, opening) in new[] { ("comment-abrupt", "<!-->"), ("comment-abrupt-dash", "<!--->"), ("noscript", "<noscript>") })
        {
            Text($"html-{name}-div-100k.html", Page(opening + Line(100_000, _ => "<div>") + "x"));
            Case($"{opening} then <div> x 100k (round three)", $"parse html-{name}-div-100k.html", "ok");
        }

        Text("html-misnested-b-div-80k.html", Page(Line(80_000, _ => "<b><div></b>") + "x"));
        Case("misnested <b><div></b> x 80k (round three: the adoption agency keeps every div open)", "parse html-misnested-b-div-80k.html", "ok");
        foreach (var count in new[] { 1_000, 4_000 })
        {
            Text($"html-formatting-{count}.html", Page("<p>" + Line(250, i => $"<b class=\"c{i}\">") + "</p>" + Line(count, i => $"<p>x{i}</p>")));
            Case($"250 open <b class> then {count} paragraphs (round three: formatting reconstruction bounded)", $"parse html-formatting-{count}.html", "ok");
        }

        Text("html-p-strong-320k.html", Page("<p>" + Line(320_000, i => $"<strong>w{i % 10}</strong>") + "</p>"));
        Case("one <p> of 320k <strong> runs (round three)", "parse html-p-strong-320k.html", "ok");
        Text("html-cell-links-320k.html", Page("<table><tr><th>Title</th></tr><tr><td>" + Line(320_000, i => $"<a href=\"#{i % 10}\">l</a>") + "</td></tr></table>"));
        Case("one table cell of 320k links (round three)", "parse html-cell-links-320k.html", "ok");
        Text("md-unclosed-links-400k.md", "---\ntitle: Notes\n---\n\n# Notes\n\n" + Line(80_000, i => "[a](b") + "\n\n" + Line(80_000, i => "[a](b ") + "\n");
        Case("[a](b x 80k, unclosed link destinations without and with spaces (round three)", "parse md-unclosed-links-400k.md", "ok");
        Text("md-list-markers-5000.md", "---\ntitle: Notes\n---\n\n# Notes\n\n" + string.Concat(Enumerable.Repeat("- ", 5000)) + "x\n\n" + string.Concat(Enumerable.Repeat("- ", 5000)) + "y\n");
        Case("a line of 5000 list markers (round three)", "parse md-list-markers-5000.md", "ok");
        Text("md-quote-markers-10k.md", "---\ntitle: Notes\n---\n\n# Notes\n\n" + new string('>', 10_000) + " x\n\n" + new string('>', 10_000) + " y\n");
        Case("a line of 10k quote markers (round three)", "parse md-quote-markers-10k.md", "ok");
        Text("suggest-collide-40k.txt", Head + Line(40_000, i => Paper.Replace("#Reasoning #RLVR", $"#ab{(char)(0x2200 + i % 200)}{(char)(0x2200 + i / 200)}cd #RLVR") + "\n"));
        Case("tags --suggest on 40k tags whose ids collide (round three)", "tags suggest-collide-40k.txt --suggest", "ok");
        Text("taxonomy-one-alt-100k.json", Taxonomy(100_000, i => $"{{\"id\":\"c{i}\",\"prefLabel\":{{\"en\":\"concept {i}\"}},\"altLabel\":[\"shared\"]}}"));
        Case("a taxonomy of 100k concepts claiming one altLabel (round three)", "tags small.txt --taxonomy taxonomy-one-alt-100k.json", "ok");
        Text("md-images.md", "# 今日概览\n\n## 重点关注\n\n" + string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"{i}. Model {i} ships today with better results\n   Summary of item {i}. https://news.example.com/{i}\n   ![Figure {i} of the paper](https://img.example.com/{i}.png)\n\n")));
        Case("images in a brief's items (round three: alt text and URL kept as a link)", "parse md-images.md --json", "images");

        Text("html-empty-small.html", Page(Section("推理<small></small>", string.Concat(Enumerable.Range(0, 9).Select(i => Article("", i))))));
        Case("an empty <small> in a section title, 9 papers", "parse html-empty-small.html", "entries=9");
        Text("html-links.html", Page(Section("s", Article("") + "<p><a href=\"httpx://example.org/x\">bad scheme</a> <a href=\"  https://example.org/spaced\">spaced</a></p>")));
        Case("href httpx:// and an href with leading spaces", "parse html-links.html --json", "links");

        // Encodings.
        var gbk = Encoding.GetEncoding(54936);
        var chinesePage = Page(Section("推理与思维链", Article("")));
        File.WriteAllBytes(Path.Combine(outDir, "gbk-meta-utf16.html"), gbk.GetBytes(chinesePage.Replace("charset=\"utf-8\"", "charset=\"utf-16\"")));
        Case("GBK bytes under <meta charset=utf-16>", "parse gbk-meta-utf16.html", "title");
        File.WriteAllBytes(Path.Combine(outDir, "gbk-meta-utf8.html"), gbk.GetBytes(chinesePage));
        Case("GBK bytes under a lying charset=utf-8", "parse gbk-meta-utf8.html", "title");
        File.WriteAllBytes(Path.Combine(outDir, "utf16le-no-bom.txt"), Encoding.Unicode.GetBytes(Head + Paper));
        Case("UTF-16LE without a BOM", "parse utf16le-no-bom.txt", "title");
        File.WriteAllBytes(Path.Combine(outDir, "utf32le-bom.txt"), [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Head + Paper)]);
        Case("UTF-32LE with its BOM", "parse utf32le-bom.txt", "title");

        // Unicode line ends.
        if (Environment.GetEnvironmentVariable("PAPERDIGEST_CORPUS") is { Length: > 0 } corpus && File.Exists(Path.Combine(corpus, "catalog.txt")))
        {
            var catalog = File.ReadAllText(Path.Combine(corpus, "catalog.txt")).Replace("\r\n", "\n");
            foreach (var (name, end) in new[] { ("u2028", "\u2028"), ("nel", "\u0085"), ("ff", "\f") })
            {
                Text($"catalog-{name}.txt", catalog.Replace("\n", end));
                Case($"catalog.txt with {name} line ends", $"parse catalog-{name}.txt", "entries=803");
            }
        }

        // Terminal escapes in a title and a file name.
        Text("escape-title.txt", Head + Paper.Replace("TL;DR:Short rewards.", "TL;DR:\u001b]0;pwned\u0007\u001b[2J\u001b[31mred"));
        Case("terminal escapes in a TL;DR caption", "query escape-title.txt", "no-escapes");
        Text("escape\u001b[31mname.txt", Head + Paper);
        Case("a terminal escape in a file name", "parse escape\u001b[31mname.txt small.txt", "no-escapes");

        // Taxonomy and corpus-wide work.
        Text("taxonomy-chain-20k.json", Taxonomy(20_000, i => $"{{\"id\":\"c{i}\",\"prefLabel\":{{\"en\":\"concept {i}\"}}{(i > 0 ? $",\"broader\":[\"c{i - 1}\"]" : "")}}}"));
        Text("small.txt", Head + Paper);
        Case("a taxonomy with a 20k-long broader chain", "tags small.txt --taxonomy taxonomy-chain-20k.json", "ok");
        Text("taxonomy-same-id-50k.json", Taxonomy(50_000, i => $"{{\"id\":\"same\",\"prefLabel\":{{\"en\":\"concept {i}\"}}}}"));
        Case("a taxonomy of 50k concepts sharing one id", "tags small.txt --taxonomy taxonomy-same-id-50k.json", "ok");
        Case("a taxonomy read from /dev/zero", "tags small.txt --taxonomy /dev/zero", "exit2");
        Text("repos-60k.txt", "#论文 #大模型\n" + string.Concat(Enumerable.Range(0, 60_000).Select(i =>
            $"小模型论文{i}发布\n研究团队公开了第{i}项工作,代码地址:https://github.com/lab{i % 7000}/repo{i % 9000} 目前代码已经开源。(示例科技)\n")));
        Case("groups over 60k entries with repository links", "groups repos-60k.txt", "ok");
        Case("a query of 680 identical OR operands", "query small.txt -q \"" + string.Join(" OR ", Enumerable.Repeat("rl", 680)) + "\"", "ok");

        File.WriteAllLines(Path.Combine(outDir, "cases.tsv"), cases);
        Console.WriteLine($"{cases.Count} cases in {outDir}");
        return 0;
    }

    private static string Line(int count, Func<int, string> item)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(item(i));
        }

        return text.ToString();
    }

    private static string Nest(string open, string close, int depth, string inner)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(open);
        }

        text.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            text.Append(close);
        }

        return text.ToString();
    }

    // A one-paper catalog whose abstract gains one more line.
    private static string Catalog(string abstractLine) => Head + Paper + "\n" + abstractLine + "\n";

    private static string Brief(string body) => "小模型也能自己查错\n\n今日概览\n\n  • 短轨迹强化学习让小模型学会逐步自检\n\n重点关注\n\n01 推理 小模型学会打分\n\n" + body + "\n";

    private static string Page(string body) =>
        $"<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>示例论文集</title></head><body><main class=\"main\">\n{body}\n</main></body></html>\n";

    private static string Section(string title, string body) => $"<section><h2 class=\"cat-title\">{title}</h2>\n{body}\n</section>";

    private static string Title(int i) => $"<div class=\"paper-title\"><a href=\"https://openreview.net/forum?id=P{i}\">Short Rollouts Teach Small Models, part {i}</a></div>";

    private static string Article(string meta, int i = 0) =>
        $"<article class=\"paper\">{Title(i)}<div class=\"paper-meta\"><span class=\"badge\">基础/前沿模型 (含LLM)</span><span class=\"kw\">#Reasoning</span>{meta}</div>" +
        "<div class=\"paper-tldr\">TL;DR: Short rewards.</div>" +
        string.Concat(new[] { "🎯 研究动机", "❓ 解决问题", "🔍 现象分析", "🛠️ 主要方法", "📊 数据与实验", "⭐ 主要贡献" }.Select(label =>
            $"<div class=\"dim\"><span class=\"dim-label\">{label}</span><div class=\"dim-content\">长链推理成本高。</div></div>")) +
        "<span class=\"toggle-abs\">查看完整摘要 (Abstract)</span><div class=\"full-abs\">Long chains of thought are costly.</div></article>\n";

    private static string Taxonomy(int count, Func<int, string> concept) =>
        "{\"concepts\":[" + string.Join(",", Enumerable.Range(0, count).Select(concept)) + "]}";
}
