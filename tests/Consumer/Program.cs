// The consumer test: parse a document and register a custom parser, using only the packed library.
using Microsoft.Extensions.DependencyInjection;
using PaperDigest;
using PaperDigest.Parsing;

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

var document = Digest.Parse(Catalog);
Console.WriteLine($"parsed: {document.Format} {document.Entries.Count} {document.Entries[0].Tags[0].Canonical}");

var services = new ServiceCollection();
services.AddPaperDigest().AddParser<PickListParser>();
using var provider = services.BuildServiceProvider();
var pipeline = provider.GetRequiredService<DigestPipeline>();
var picks = Digest.Parse("PICK: Tiny Verifiers | https://arxiv.org/abs/2511.04321\nPICK: Dense Curiosity | https://arxiv.org/abs/2511.01234\n", pipeline);
Console.WriteLine($"custom: {picks.Format} {picks.Entries.Count} {picks.Entries[1].Links[0].Id}");
Console.WriteLine($"library: {typeof(Digest).Assembly.GetName().Version}");

/// <summary>Lines "PICK: title | url": a layout only this consumer knows.</summary>
internal sealed class PickListParser : IDigestParser
{
    public DigestFormat Format { get; } = new("picks");

    public FormatScore Detect(ReadOnlySpan<char> sample) =>
        sample.StartsWith("PICK: ", StringComparison.Ordinal) ? new FormatScore(0.9, "PICK lines") : FormatScore.None("no PICK lines");

    public void Parse(DigestParseContext context)
    {
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var line = context.Lines[i];
            if (!line.StartsWith("PICK: ", StringComparison.Ordinal))
            {
                continue;
            }

            var links = new List<DigestLink>();
            LinkExtractor.Extract(line, links);
            var bar = line.IndexOf('|');
            context.AddEntry(new DigestEntry
            {
                Kind = EntryKind.Paper,
                Ordinal = context.NextOrdinal,
                Title = line[6..bar].Trim().ToString(),
                Links = links,
                Span = new LineSpan(i + 1, i + 1),
            });
        }
    }
}
