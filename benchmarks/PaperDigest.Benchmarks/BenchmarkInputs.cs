namespace PaperDigest.Benchmarks;

/// <summary>Finds the shared corpus: <c>PAPERDIGEST_CORPUS</c>, else <c>../shared/corpus</c> above the working directory.</summary>
internal static class BenchmarkInputs
{
    public static byte[] ReadCorpusFile(string name)
    {
        var folder = Environment.GetEnvironmentVariable("PAPERDIGEST_CORPUS");
        if (string.IsNullOrWhiteSpace(folder))
        {
            folder = FindUpwards(Path.Combine("shared", "corpus"))
                ?? throw new InvalidOperationException("Set PAPERDIGEST_CORPUS to the shared corpus folder.");
        }

        return File.ReadAllBytes(Path.Combine(folder, name));
    }

    private static string? FindUpwards(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            var sibling = Path.Combine(dir.FullName, "..", relative);
            if (Directory.Exists(sibling))
            {
                return Path.GetFullPath(sibling);
            }
        }

        return null;
    }
}
