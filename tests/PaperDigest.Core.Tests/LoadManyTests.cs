using FluentAssertions;
using PaperDigest.Serialization;

namespace PaperDigest.Tests;

public sealed class LoadManyTests
{
    private static string[] AllFixtures => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*", SearchOption.AllDirectories);

    [Fact]
    public async Task Loads_every_file_in_parallel_with_progress_and_the_same_documents()
    {
        var files = AllFixtures;
        var reports = new List<DigestLoadProgress>();
        var progress = new Recorder(reports);

        var results = new List<DigestLoadResult>();
        await foreach (var result in Digest.LoadManyAsync(files, maxParallelism: 3, progress: progress, cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        results.Select(r => r.Path).Should().BeEquivalentTo(files);
        results.Should().OnlyContain(r => r.Succeeded && r.Error == null);
        foreach (var result in results)
        {
            DigestJson.Serialize(result.Document!).Should().Be(DigestJson.Serialize(Digest.LoadFile(result.Path)));
        }

        reports.Select(r => r.Completed).Order().Should().Equal(Enumerable.Range(1, files.Length));
        reports.Should().OnlyContain(r => r.Total == files.Length);
    }

    [Fact]
    public async Task An_unreadable_file_is_a_result_with_its_error()
    {
        var missing = Path.Combine(AppContext.BaseDirectory, "Fixtures", "no-such-file.txt");

        var results = new List<DigestLoadResult>();
        await foreach (var result in Digest.LoadManyAsync([Fixtures.Path("catalog/basic.txt"), missing], cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        results.Should().HaveCount(2);
        results.Single(r => r.Path == missing).Error.Should().BeOfType<FileNotFoundException>();
        results.Single(r => r.Path != missing).Document!.Entries.Should().HaveCount(4);
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = async () =>
        {
            await foreach (var unused in Digest.LoadManyAsync(AllFixtures, cancellationToken: cancelled.Token))
            {
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_consumer_may_stop_early_without_leaving_work_running()
    {
        var files = Enumerable.Repeat(Fixtures.Path("catalog/basic.txt"), 50).ToArray();

        DigestLoadResult? first = null;
        await foreach (var result in Digest.LoadManyAsync(files, maxParallelism: 2, cancellationToken: TestContext.Current.CancellationToken))
        {
            first = result;
            break;
        }

        first!.Document!.Entries.Should().HaveCount(4);
    }

    private sealed class Recorder(List<DigestLoadProgress> reports) : IProgress<DigestLoadProgress>
    {
        public void Report(DigestLoadProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
