namespace PaperDigest.Fuzz;

/// <summary>Runs saved inputs (crashes, hangs, a queue) through a target once each and reports the ones that fail.</summary>
internal static class Replay
{
    public static int Run(Action<byte[]> target, string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [path];
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // A replay reports every failure and goes on to the next input.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
            }
        }

        Console.WriteLine($"{files.Count} inputs, {failures} failed");
        return failures == 0 ? 0 : 1;
    }
}
