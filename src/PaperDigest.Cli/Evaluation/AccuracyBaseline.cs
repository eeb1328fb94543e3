using System.Globalization;
using System.Text.Json;

namespace PaperDigest.Cli.Evaluation;

/// <summary>
/// The committed accuracy baseline: every family's metrics, rounded to four decimals. A score may rise,
/// never drop: <see cref="Drops"/> lists the metrics that fell below it (or, for unaccounted lines, rose above it).
/// </summary>
internal static class AccuracyBaseline
{
    private const int Decimals = 4;

    public static Dictionary<string, Dictionary<string, double>> Of(IReadOnlyList<FamilyScores> families) =>
        families.ToDictionary(
            f => f.Family,
            f => f.Metrics().ToDictionary(m => m.Key, m => Math.Round(m.Value, Decimals), StringComparer.Ordinal),
            StringComparer.Ordinal);

    public static Dictionary<string, Dictionary<string, double>> Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var families = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
            foreach (var family in document.RootElement.GetProperty("families").EnumerateObject())
            {
                families[family.Name] = family.Value.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetDouble(), StringComparer.Ordinal);
            }

            return families;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new UsageException($"{path} is not an accuracy baseline: {ex.Message}");
        }
    }

    public static void Write(string path, Dictionary<string, Dictionary<string, double>> baseline)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("note", "Written by 'paperdigest eval tests/gold --update-baseline'. AccuracyRatchetTests fail when a score drops below these.");
        writer.WriteStartObject("families");
        foreach (var (family, metrics) in baseline.OrderBy(f => f.Key == FamilyScores.Total).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(family);
            foreach (var (metric, value) in metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(metric, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Every metric of <paramref name="baseline"/> the current scores fall short of, as readable lines.</summary>
    public static IReadOnlyList<string> Drops(Dictionary<string, Dictionary<string, double>> baseline, Dictionary<string, Dictionary<string, double>> current)
    {
        var drops = new List<string>();
        foreach (var (family, metrics) in baseline)
        {
            if (!current.TryGetValue(family, out var now))
            {
                drops.Add($"{family}: the family is no longer evaluated");
                continue;
            }

            foreach (var (metric, was) in metrics)
            {
                if (!now.TryGetValue(metric, out var value))
                {
                    drops.Add($"{family} {metric}: no longer measured (was {Format(was)})");
                }
                else if (FamilyScores.LowerIsBetter(metric) ? value > was : value < was)
                {
                    drops.Add($"{family} {metric}: {Format(value)} (baseline {Format(was)})");
                }
            }
        }

        return drops;
    }

    /// <summary>Every metric that rose above the baseline (or is new), so the run can say what to commit.</summary>
    public static IReadOnlyList<string> Rises(Dictionary<string, Dictionary<string, double>> baseline, Dictionary<string, Dictionary<string, double>> current) =>
        current.SelectMany(f => f.Value.Select(m => (Family: f.Key, Metric: m.Key, Value: m.Value)))
            .Where(m => !baseline.TryGetValue(m.Family, out var was) || !was.TryGetValue(m.Metric, out var old)
                || (FamilyScores.LowerIsBetter(m.Metric) ? m.Value < old : m.Value > old))
            .Select(m => $"{m.Family} {m.Metric}: {Format(m.Value)}")
            .ToList();

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
