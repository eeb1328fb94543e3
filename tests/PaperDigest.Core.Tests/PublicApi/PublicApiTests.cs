using FluentAssertions;

namespace PaperDigest.Tests.PublicApi;

/// <summary>
/// Fails when the library's public surface changes without the approved snapshot changing with it. To approve a
/// deliberate change, run the tests with <c>PAPERDIGEST_ACCEPT_API=1</c> (it rewrites
/// <c>tests/PaperDigest.Core.Tests/PublicApi/PaperDigest.Core.approved.txt</c>) and commit the file.
/// </summary>
public sealed class PublicApiTests
{
    // One snapshot per package.
    public static TheoryData<string> Packages => new("PaperDigest.Core", "PaperDigest.Evaluation");

    [Theory]
    [MemberData(nameof(Packages))]
    public void Public_api_matches_the_approved_snapshot(string package)
    {
        var approvedName = package + ".approved.txt";
        var assembly = package == "PaperDigest.Core" ? typeof(Digest).Assembly : typeof(PaperDigest.Evaluation.DigestEvaluator).Assembly;
        assembly.GetName().Name.Should().Be(package);
        var received = PublicApiText.Generate(assembly);

        if (Environment.GetEnvironmentVariable("PAPERDIGEST_ACCEPT_API") == "1")
        {
            File.WriteAllText(SourcePath(approvedName), received);
            return;
        }

        var approved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PublicApi", approvedName)).ReplaceLineEndings("\n");
        if (received != approved)
        {
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "PublicApi", package + ".received.txt"), received);
        }

        received.Should().Be(approved, "the public API changed:\n{0}\nIf that is intended, run the tests with PAPERDIGEST_ACCEPT_API=1 and commit {1}", Diff(approved, received), approvedName);
    }

    [Fact]
    public void The_snapshot_renders_kinds_members_and_annotations()
    {
        PublicApiText.Describe(typeof(SampleRecord)).Should().Equal(
            "public sealed record PublicApiTests.SampleRecord : IEquatable<PublicApiTests.SampleRecord>",
            "  ctor(string Name, int? Count)",
            "  int? Count { get; init; }",
            "  string Name { get; init; }",
            "  string? Note { get; set; }");
        PublicApiText.Describe(typeof(SampleExtensions)).Should().Equal(
            "public static class SampleExtensions",
            "  static IEnumerable<T> Pick<T>(this IEnumerable<T> items, int count = 3, string? label = null) where T : class");
        PublicApiText.Describe(typeof(SampleKind)).Should().Equal("public enum PublicApiTests.SampleKind", "  First = 1", "  Second = 4");
    }

    private static string Diff(string approved, string received)
    {
        var before = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = received.Split('\n').ToHashSet(StringComparer.Ordinal);
        var lines = approved.Split('\n').Where(l => !after.Contains(l)).Select(l => "- " + l)
            .Concat(received.Split('\n').Where(l => !before.Contains(l)).Select(l => "+ " + l));
        return string.Join('\n', lines.Take(20));
    }

    private static string SourcePath(string approvedName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperDigest.Core.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "PaperDigest.Core.Tests", "PublicApi", approvedName);
            }
        }

        throw new InvalidOperationException("PaperDigest.Core.sln not found above the test binaries.");
    }

    public sealed record SampleRecord(string Name, int? Count)
    {
        public string? Note { get; set; }
    }

    public enum SampleKind
    {
        Second = 4,
        First = 1,
    }
}

public static class SampleExtensions
{
    public static IEnumerable<T> Pick<T>(this IEnumerable<T> items, int count = 3, string? label = null)
        where T : class => label is null ? items.Take(count) : items;
}
