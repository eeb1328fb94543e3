// CustomParser: a made-up layout (a weekly "arXiv picks" list) detected and parsed alongside the built-in ones.
// dotnet run --project samples/CustomParser
using CustomParser;
using PaperDigest;
using PaperDigest.Evaluation;

const string Picks = """
    arXiv picks · week 47
    1. Tiny Verifiers Check Big Models — arXiv:2511.04321
       A 1B verifier catches most arithmetic slips of a 70B model.
    2. Sparse Rewards, Dense Curiosity — arXiv:2511.01234
       Curiosity bonuses keep robot policies exploring when rewards are rare.
    """;

const string Catalog = """
    模型架构1 篇
    基础/前沿模型 (含LLM)
    模型架构
    #Mixture-of-Experts (MoE)
    TL;DR:Online routing biases balance experts without an auxiliary loss.
    🎯 研究动机专家负载不均导致吞吐下降。
    ❓ 解决问题在不加辅助损失的情况下平衡专家负载。
    🔍 现象分析少数专家承担了过半的词元。
    🛠️ 主要方法用在线偏置调整路由分数。
    📊 数据与实验吞吐提升18%,困惑度持平。
    ⭐ 主要贡献无辅助损失的负载均衡路由。
    """;

const string Notes = """
    # Reading notes

    ## Tiny Verifiers Check Big Models

    - **Verdict**: read
    - **Why**: A 1B verifier catches most arithmetic slips of a 70B model.
    - **arXiv**: 2511.04321

    ## Sparse Rewards, Dense Curiosity

    - **Verdict**: skim
    - **Why**: Curiosity bonuses keep robot policies exploring when rewards are rare.
    - **arXiv**: 2511.01234
    """;

var pipeline = new DigestPipelineBuilder().Use(new ArxivPicksExtension()).Build();

// A second layout read from the induced records rather than lines (ReadingNotesParser).
var withNotes = new DigestPipelineBuilder().Use(new ArxivPicksExtension()).Add(new ReadingNotesParser()).Build();

foreach (var (text, parsers) in new[] { (Picks, pipeline), (Catalog, pipeline), (Notes, withNotes) })
{
    var document = Digest.Parse(text, parsers);

    // The check a parser's tests run: every non-blank input line is in an entry, a section, the header or a diagnostic.
    var lost = DigestAccounting.UnaccountedLines(document, text);
    Console.WriteLine($"{document.Format} ({document.Detection.Score:0.00}): {document.Entries.Count} entries, {(lost.Count == 0 ? "every line accounted for" : $"lines lost: {string.Join(", ", lost)}")}");
    foreach (var entry in document.Entries)
    {
        var arxiv = entry.Links.FirstOrDefault(l => l.Kind == LinkKind.Arxiv)?.Id ?? "-";
        var verdict = entry.GetField(ReadingNotesParser.Verdict) is { } v ? $" verdict: {v}" : string.Empty;
        Console.WriteLine($"  #{entry.Ordinal} {entry.Title ?? entry.TlDr} [arXiv {arxiv}]{verdict}");
    }
}

// No parser at all: teach the built-in layouts a label of your own, and the catalog read from the notes' records
// files "Why" under a field it knows.
var taught = new DigestPipelineBuilder().AddLabels(EntryField.Highlights, "Why").Build();
var why = Digest.Parse(Notes, taught).Entries[0].GetField(EntryField.Highlights);
Console.WriteLine($"Why, as highlights: {why}");
