using DuckDB.NET.Data;
using FluentAssertions;
using PaperDigest.Cli.Export;
using PaperDigest.Tests.Corpus;
using Xunit;

namespace PaperDigest.Tests.Export;

/// <summary>The Parquet export read in DuckDB: per tag and per year, the counts SQL gives are the library's.</summary>
public sealed class ParquetExportTests
{
    [CorpusFact]
    public void DuckDB_counts_the_corpus_papers_per_tag_and_per_year_as_the_library_does()
    {
        var records = PaperWriterTests.CorpusRecords();
        var path = Path.Combine(Path.GetTempPath(), $"paperdigest-{Guid.NewGuid():N}.parquet");
        try
        {
            using (var file = File.Create(path))
            {
                new ParquetPaperWriter().Write(records, file);
            }

            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            var byTag = Query(connection, $"SELECT tag, count(*) FROM (SELECT unnest(Tags) AS tag FROM read_parquet('{path}')) GROUP BY tag");
            var byYear = Query(connection, $"SELECT coalesce(CAST(Year AS VARCHAR), 'none'), count(*) FROM read_parquet('{path}') GROUP BY 1");
            var total = Query(connection, $"SELECT 'all', count(*) FROM read_parquet('{path}')");

            byTag.Should().BeEquivalentTo(records.SelectMany(r => r.Tags).GroupBy(t => t).ToDictionary(g => g.Key, g => (long)g.Count()));
            byYear.Should().BeEquivalentTo(records.GroupBy(r => r.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none").ToDictionary(g => g.Key, g => (long)g.Count()));
            total["all"].Should().Be(records.Count);
            byTag.Should().HaveCountGreaterThan(100);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [CorpusFact]
    public void The_export_command_writes_a_partition_per_year_that_DuckDB_reads_with_hive_partitioning()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"paperdigest-{Guid.NewGuid():N}");
        try
        {
            var stderr = new StringWriter();
            PaperDigest.Cli.CliApp.Run(["export", CorpusFiles.Folder(), "--to", "parquet", "-o", folder], new StringWriter(), stderr, () => new MemoryStream())
                .Should().Be(0, stderr.ToString());

            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            var byYear = Query(connection, $"SELECT year, count(*) FROM read_parquet('{folder}/*/*.parquet', hive_partitioning = true) GROUP BY year");

            // The same command's JSON Lines say which years the papers it read have.
            var lines = new StringWriter();
            PaperDigest.Cli.CliApp.Run(["export", CorpusFiles.Folder(), "--to", "jsonl"], lines, new StringWriter(), () => new MemoryStream()).Should().Be(0);
            var years = lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.TryGetProperty("date", out var date) ? date.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "null");
            byYear.Should().BeEquivalentTo(years.GroupBy(y => y).ToDictionary(g => g.Key, g => (long)g.Count()));
            byYear.Values.Sum().Should().BeGreaterThan(2000);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static Dictionary<string, long> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            // A year=__HIVE_DEFAULT_PARTITION__ folder reads as a NULL year.
            counts[reader.IsDBNull(0) ? "null" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!] = reader.GetInt64(1);
        }

        return counts;
    }
}
