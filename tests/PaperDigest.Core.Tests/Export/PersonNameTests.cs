using FluentAssertions;
using Xunit;

namespace PaperDigest.Tests.Export;

/// <summary>Author names split as citations need them, on a judged sample (tests/export/person-names.tsv) and by rule.</summary>
public sealed class PersonNameTests(ITestOutputHelper output)
{
    [Fact]
    public void The_judged_sample_of_100_Western_and_50_Chinese_names_splits_as_judged()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "export", "person-names.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var misses = new List<string>();
        foreach (var row in rows)
        {
            var expected = new PersonName(Empty(row[1]), Empty(row[2]), Empty(row[3]), Empty(row[4]));
            var actual = PersonName.Parse(row[0]);
            if (actual != expected)
            {
                misses.Add($"{row[0]}: {actual} (family '{actual.Family}') for family '{expected.Family}'");
            }
        }

        var western = rows.Count(r => r[4].Length == 0 || !r[4].Any(c => c >= '\u4E00'));
        output.WriteLine($"{rows.Count - misses.Count} of {rows.Count} right; missed: {string.Join("; ", misses)}");
        rows.Should().HaveCount(150);
        western.Should().Be(100);
        misses.Should().HaveCountLessThanOrEqualTo(7, "Iberian double surnames and family-first names are the known misses");
        misses.Should().OnlyContain(m => !m.Contains('\u4E00') && !rows.Any(r => r[4].Length > 0 && m.StartsWith(r[0], StringComparison.Ordinal)), "every Chinese name stays whole");
    }

    [Theory]
    [InlineData("Black, Kevin", "Black", "Kevin", null)]
    [InlineData("van der Waals, Johannes", "van der Waals", "Johannes", null)]
    [InlineData("Weber, Kenneth, Jr.", "Weber", "Kenneth", "Jr.")]
    [InlineData("Martin Luther King Jr.", "King", "Martin Luther", "Jr.")]
    [InlineData("Ludwig van Beethoven", "van Beethoven", "Ludwig", null)]
    public void Western_names_split_into_family_and_given(string name, string family, string given, string? suffix) =>
        PersonName.Parse(name).Should().Be(new PersonName(family, given, suffix));

    [Theory]
    [InlineData("张三")]
    [InlineData("欧阳娜娜")]
    [InlineData("山田太郎")]
    [InlineData("The OpenAI Team")]
    [InlineData("Sanskar")]
    public void Names_in_CJK_script_single_words_and_groups_stay_whole(string name) =>
        PersonName.Parse(name).Should().Be(new PersonName(null, null, null, name));

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
