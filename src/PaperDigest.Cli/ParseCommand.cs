using System.Reflection;

namespace PaperDigest.Cli;

/// <summary><c>paperdigest parse</c> and the no-argument sample run.</summary>
internal static class ParseCommand
{
    public static int Run(CommandLine command, TextWriter stdout, Func<Stream> openStdin)
    {
        var input = command.SingleInput();
        var pipeline = BuildPipeline(command);
        var document = InputReader.Load(input, pipeline, openStdin);
        if (command.Has("--json"))
        {
            InputReader.WriteJson(stdout, InputReader.ToJson(document));
        }
        else
        {
            SummaryPrinter.Print(document, input, stdout);
        }

        return CliApp.Ok;
    }

    public static int RunSample(TextWriter stdout)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PaperDigest.Cli.sample-catalog.txt")
            ?? throw new InvalidOperationException("The embedded sample is missing from the build.");
        var document = Digest.Load(stream);
        stdout.WriteLine("No input given: parsing the built-in sample catalog. Run 'paperdigest --help' for usage.");
        stdout.WriteLine();
        SummaryPrinter.Print(document, "built-in sample", stdout);
        return CliApp.Ok;
    }

    private static DigestPipeline BuildPipeline(CommandLine command)
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
