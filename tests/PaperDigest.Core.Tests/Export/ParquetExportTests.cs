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

    private static Dictionary<string, long> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
