// QuickStart: parse a digest and print what it holds.
// dotnet run --project samples/QuickStart [-- FILE]
using PaperDigest;

const string Sample = """
    模型架构1 篇
    基础/前沿模型 (含LLM)
    模型架构
    #Mixture-of-Experts (MoE) #Routing
    TL;DR:Online routing biases balance experts without an auxiliary loss.
    🎯 研究动机专家负载不均导致吞吐下降。
    ❓ 解决问题在不加辅助损失的情况下平衡专家负载。
    🔍 现象分析少数专家承担了过半的词元。
    🛠️ 主要方法用在线偏置调整路由分数。
    📊 数据与实验吞吐提升18%,困惑度持平。
    ⭐ 主要贡献无辅助损失的负载均衡路由。
    查看完整摘要 (Abstract)
    Expert load imbalance limits MoE throughput; online routing biases fix it.
    """;

var document = args.Length > 0 ? Digest.LoadFile(args[0]) : Digest.Parse(Sample);

Console.WriteLine($"{document.Format} ({document.Detection.Score:0.00}): {document.Entries.Count} entries, {document.Diagnostics.Count} diagnostics");
foreach (var entry in document.Entries.Take(5))
{
    Console.WriteLine($"#{entry.Ordinal} [{entry.Category}] {string.Join(", ", entry.Tags.Select(t => t.Label))}");
    Console.WriteLine($"   TL;DR:  {entry.TlDr ?? "-"}");
    Console.WriteLine($"   Method: {entry.GetField(EntryField.Method)}");
}

foreach (var diagnostic in document.Diagnostics.Take(5))
{
    Console.WriteLine(diagnostic);
}
