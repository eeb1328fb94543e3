namespace PaperDigest.Tests;

/// <summary>The project's own small documents, copied next to the test binaries.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    /// <summary>The fixture with every line break turned into CRLF, as a Windows editor saves it.</summary>
    public static string ReadCrlf(string name) => Read(name).ReplaceLineEndings("\r\n");
}
