using System.Reflection;

namespace PaperDigest.Cli;

/// <summary><c>paperdigest parse</c> and the no-argument sample run.</summary>
internal static class ParseCommand
{
    public static int Run(CommandLine command, TextWriter stdout, TextWriter stderr, Func<Stream> openStdin, bool stderrIsTerminal)
    {
        if (command.Arguments.Count > 1 || (command.Arguments.Count == 1 && Directory.Exists(command.Arguments[0])))
        {
            return RunMany(command, stdout, stderr, stderrIsTerminal);
        }

        var input = command.SingleInput();
        var pipeline = BuildPipeline(command);
        var document = InputReader.Load(input, pipeline, openStdin);
        if (command.Has("--json"))
        {
            InputReader.WriteJson(stdout, InputReader.ToJson(document));
        }
        else
        {
            Print(command, document, input, stdout);
        }

        return CliApp.Ok;
    }

    // Several files or directories: parsed in parallel. Summaries print as each file completes; --json prints one
    // compact document per line (JSON Lines) in argument and file order, each with its "path" first, holding back a
    // document that finished early until the ones before it are written. Unreadable files are reported and make the
    // exit code 2.
    private static int RunMany(CommandLine command, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        var files = InputReader.ExpandFiles(command.Arguments, stderr);
        var pipeline = BuildPipeline(command);
        using var progress = ProgressBar.Create(stderr, stderrIsTerminal, files.Paths.Count);
        stdout = progress?.Wrap(stdout) ?? stdout;
        var json = command.Has("--json");
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in files.Paths)
        {
            order.TryAdd(path, order.Count);
        }

        var waiting = new SortedDictionary<int, string>();
        var next = 0;
        foreach (var result in files.LoadDigests(pipeline, progress, stderr))
        {
            if (!json)
            {
                Print(command, result.Document!, result.Path, stdout);
                stdout.WriteLine();
                continue;
            }

            waiting[order[result.Path]] = JsonLine(result.Path, result.Document!);
            next = WriteReady(waiting, next, stdout);
        }

        // Files that could not be read leave gaps: what waits behind them is written in order too.
        foreach (var line in waiting.Values)
        {
            stdout.WriteLine(line);
        }

        return files.NoDigests(stderr) || files.Problems > 0 ? CliApp.UsageError : CliApp.Ok;
    }

    // The summary, then the papers as a table unless --summary asks for the summary alone.
    private static void Print(CommandLine command, DigestDocument document, string name, TextWriter stdout)
    {
        SummaryPrinter.Print(document, name, stdout);
        if (!command.Has("--summary"))
        {
            PaperTable.Print(document, stdout);
        }
    }

    private static int WriteReady(SortedDictionary<int, string> waiting, int next, TextWriter stdout)
    {
        while (waiting.Remove(next, out var line))
        {
            stdout.WriteLine(line);
            next++;
        }

        return next;
    }

    // The document's JSON object with the file's path as its first member.
    private static string JsonLine(string path, DigestDocument document)
    {
        var body = PaperDigest.Serialization.DigestJson.Serialize(document);
        var encoded = System.Text.Json.JsonEncodedText.Encode(path, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value;
        return "{\"path\":\"" + encoded + "\"" + (body.Length > 2 ? "," : string.Empty) + body[1..];
    }

    // The notice goes to stderr, so the summary on stdout is the same as `parse FILE` prints.
    public static int RunSample(TextWriter stdout, TextWriter stderr)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PaperDigest.Cli.sample-catalog.txt")
            ?? throw new InvalidOperationException("The embedded sample is missing from the build.");
        var document = Digest.Load(stream);
        stderr.WriteLine("No input given: parsing the built-in sample catalog. Run 'paperdigest --help' for usage.");
        SummaryPrinter.Print(document, "built-in sample", stdout);
        PaperTable.Print(document, stdout);
        return CliApp.Ok;
    }

    internal static DigestPipeline BuildPipeline(CommandLine command)
    {
        var builder = new DigestPipelineBuilder();
        if (command.Value("--format") is { } name)
        {
            var format = new DigestFormat(name);
            if (!builder.Parsers.Any(p => p.Format == format))
            {
                var known = string.Join(", ", builder.Parsers.Select(p => p.Format.Name));
                throw new UsageException($"unknown format '{name}' (known: {known})");
            }

            builder.UseFormat(format);
        }

        if (command.Has("--strict"))
        {
            builder.UseStrictMode();
        }

        return builder.Build();
    }
}
