namespace PaperDigest.Tests;

/// <summary>The project's own small documents, copied next to the test binaries.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    /// <summary>The names of every text fixture (everything but the <c>html/</c> pages), for theories over all of them.</summary>
    public static TheoryData<string> TextFixtureNames() => new(
        Directory.EnumerateFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*", SearchOption.AllDirectories)
            .Select(path => System.IO.Path.GetRelativePath(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures"), path).Replace('\\', '/'))
            .Where(name => !name.StartsWith("html/", StringComparison.Ordinal) && !name.StartsWith("fuzz/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));

    /// <summary>The fixture with every line break turned into CRLF, as a Windows editor saves it.</summary>
    public static string ReadCrlf(string name) => Read(name).ReplaceLineEndings("\r\n");
}
