using FluentAssertions;

namespace PaperDigest.Tests.Query;

/// <summary>
/// Issue [6/6], friction 2: the library loads a folder as the CLI does (digest extensions, subfolders, non-digests
/// passed over with the reason), so a gold file is not read as an article and a README not added as unknown.
/// </summary>
public sealed class FolderLoadingTests
{
    [Fact]
    public async Task A_folder_loads_its_digests_in_subfolders_and_passes_over_the_rest_with_why()
    {
        var folder = Directory.CreateTempSubdirectory("pd-folder-").FullName;
        try
        {
            File.Copy(Fixtures.Path("catalog/basic.txt"), Path.Combine(folder, "a.txt"));
            Directory.CreateDirectory(Path.Combine(folder, "week2"));
            File.Copy(Fixtures.Path("brief/plain.txt"), Path.Combine(folder, "week2", "b.txt"));
            File.WriteAllText(Path.Combine(folder, "README.md"), "Notes about this folder.\n");
            File.WriteAllText(Path.Combine(folder, "a.txt.gold.json"), "{\"input\": \"a.txt\", \"format\": \"catalog\"}\n");
            File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
            var corpus = new DigestCorpus();

            var results = await corpus.LoadDirectoryAsync(folder, cancellationToken: TestContext.Current.CancellationToken);

            corpus.Documents.Select(d => Path.GetRelativePath(folder, d.Path!)).Should().Equal("a.txt", Path.Combine("week2", "b.txt"));
            results.Select(r => (Path.GetFileName(r.Path), r.Skipped)).Should().Equal(
                ("README.md", "not a digest (no layout fits; closest: article 0.04)"),
                ("a.txt", null),
                ("b.txt", null),
                ("empty.txt", "no bytes to read (an empty file, or a pipe or device: pipe those to standard input with '-')"));
            results.Should().NotContain(r => r.Path.EndsWith(".json", StringComparison.Ordinal), "a gold file is not a digest file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_pattern_and_top_directory_only_still_work_as_before()
    {
        var folder = Directory.CreateTempSubdirectory("pd-folder-").FullName;
        try
        {
            File.Copy(Fixtures.Path("catalog/basic.txt"), Path.Combine(folder, "a.txt"));
            Directory.CreateDirectory(Path.Combine(folder, "sub"));
            File.Copy(Fixtures.Path("catalog/basic.txt"), Path.Combine(folder, "sub", "b.txt"));
            var corpus = new DigestCorpus();

            await corpus.LoadDirectoryAsync(folder, "*.txt", SearchOption.TopDirectoryOnly, TestContext.Current.CancellationToken);

            corpus.Documents.Should().ContainSingle().Which.Path.Should().Be(Path.Combine(folder, "a.txt"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class QueryHitIdTests
{
    [Fact]
    public void A_query_hit_names_its_arxiv_id_directly()
    {
        var corpus = new DigestCorpus();
        corpus.AddText(Fixtures.Read("catalog/basic.txt"), "basic.txt");

        var hit = corpus.Search("has:arxiv")[0];

        hit.Entry.ArxivId.Should().NotBeNull().And.Be(hit.Entry.Entry.ArxivId);
    }
}
