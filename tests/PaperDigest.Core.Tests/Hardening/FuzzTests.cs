using System.Text;
using FluentAssertions;
using PaperDigest.Tests.Query;

namespace PaperDigest.Tests.Hardening;

/// <summary>
/// A bounded fuzz suite run by every test run: seeded mutations of every fixture through Parse, Load (bytes),
/// Detect, strict mode, the query parser and <c>eval</c>'s gold reader. Lenient parsing must return a document that accounts for every line;
/// strict mode may only throw <see cref="DigestParseException"/>; the query parser only reports errors.
/// </summary>
public sealed class FuzzTests
{
    private const int CasesPerFixture = 100;

    public static TheoryData<string> FixtureNames => Fixtures.TextFixtureNames();

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Mutated_fixtures_parse_leniently_with_every_line_accounted_for(string fixture)
    {
        var original = Fixtures.Read(fixture);
        for (var seed = 0; seed < CasesPerFixture; seed++)
        {
            var text = Mutator.Mutate(original, Mutator.Seed(fixture, seed));

            var document = Digest.Parse(text);

            document.Should().NotBeNull();
            document.Detection.Score.Should().BeInRange(0, 1, $"seed {seed}");
            if (!text.Contains('<', StringComparison.Ordinal))
            {
                Accounting.UnaccountedLines(document, text).Should().BeEmpty($"every line of seed {seed} of {fixture} is accounted for");
            }
        }
    }

    public static TheoryData<string> GoldFiles => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "gold"), "*.gold.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Mutated_gold_files_are_read_or_refused_with_the_documented_exception(string goldFile)
    {
        var original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "gold", goldFile));
        for (var seed = 0; seed < CasesPerFixture; seed++)
        {
            var json = Mutator.Mutate(original, Mutator.Seed(goldFile, seed));
            try
            {
                PaperDigest.Evaluation.GoldJson.Read(json, goldFile).Input.Should().NotBeNullOrEmpty($"seed {seed}");
            }
            catch (PaperDigest.Evaluation.GoldFormatException)
            {
                // The one documented exception of the gold reader (eval reports it as a malformed gold file, exit 2).
            }
        }
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Mutated_bytes_load_and_strict_mode_throws_only_the_documented_exception(string fixture)
    {
        var original = Fixtures.Read(fixture);
        var strict = new DigestPipelineBuilder().UseStrictMode().Build();
        for (var seed = 0; seed < CasesPerFixture / 2; seed++)
        {
            var bytes = Encoding.UTF8.GetBytes(Mutator.Mutate(original, Mutator.Seed(fixture, seed)));
            new Random(seed).NextBytes(bytes.AsSpan(0, Math.Min(bytes.Length, seed % 4)));

            Digest.Load(new MemoryStream(bytes)).Should().NotBeNull();
            Digest.Detect(new MemoryStream(bytes)).Candidates.Should().NotBeNull();
            try
            {
                Digest.Load(new MemoryStream(bytes), strict);
            }
            catch (DigestParseException)
            {
                // The one documented exception of strict mode.
            }
        }
    }

    [Fact]
    public void Random_query_text_parses_or_reports_an_error_inside_the_text()
    {
        var pieces = new[] { "tag:", "rlvr", "(", ")", "（", "）", " ", "AND", "OR", "NOT", "-", "\"", "“", "」", "has:code", "lang:xx", "：", "强化学习", "a", "\0", "\uD800" };
        var corpus = QueryFixtures.Corpus();
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));

            if (DigestQuery.TryParse(text, out var query, out var error))
            {
                corpus.Entries.Matching(query).Count().Should().BeInRange(0, corpus.Entries.Count);
                DigestQuery.Parse(query.ToString()).Expression.Should().Be(query.Expression, $"'{text}' round-trips");
            }
            else
            {
                error.Position.Should().BeInRange(0, text.Length, $"the error of '{text}' points into it");
            }
        }
    }
}
