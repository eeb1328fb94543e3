// DependencyInjection: a generic host resolves one shared DigestPipeline with a container-built custom parser.
// dotnet run --project samples/DependencyInjection
using DependencyInjectionSample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperDigest;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSingleton(new ReadingListMarkers());
builder.Services
    .AddPaperDigest(pipeline => pipeline.Configure(options => options with { MaxEntries = 1_000 }))
    .AddParser<ReadingListParser>();
builder.Services.AddPaperDigest();   // a second call (another module, say) registers nothing twice

using var host = builder.Build();
var pipeline = host.Services.GetRequiredService<DigestPipeline>();
var taxonomy = host.Services.GetRequiredService<TagTaxonomy>();

Console.WriteLine($"pipelines registered: {builder.Services.Count(s => s.ServiceType == typeof(DigestPipeline))}");
Console.WriteLine($"same pipeline everywhere: {ReferenceEquals(pipeline, host.Services.GetRequiredService<DigestPipeline>())}");
Console.WriteLine($"parsers: {string.Join(", ", pipeline.Parsers.Select(p => p.Format))}");
Console.WriteLine($"taxonomy: {taxonomy.Concepts.Count} concepts, same as the pipeline's: {ReferenceEquals(taxonomy, pipeline.Taxonomy)}");

const string ReadingList = """
    - [x] Tiny Verifiers Check Big Models https://arxiv.org/abs/2511.04321
    - [ ] Sparse Rewards, Dense Curiosity https://arxiv.org/abs/2511.01234
    """;

var document = Digest.Parse(ReadingList, pipeline);
Console.WriteLine($"{document.Format} ({document.Detection.Score:0.00}): {document.Entries.Count} entries");
foreach (var entry in document.Entries)
{
    Console.WriteLine($"  #{entry.Ordinal} {entry.Title} [{string.Join(", ", entry.Tags.Select(t => t.Label))}] {entry.Links[0].Id}");
}
