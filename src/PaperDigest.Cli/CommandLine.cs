namespace PaperDigest.Cli;

/// <summary>A parsed command line: the command, its positional arguments and its options.</summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> Flags = ["--json", "--strict", "--unmapped", "--suggest", "--markdown"];
    private static readonly HashSet<string> Valued = ["--format", "--lang", "--taxonomy", "--q", "--facet", "--limit", "--corpus", "--baseline", "--update-baseline"];

    // Options that may repeat; their values join with commas (--facet tag --facet category).
    private static readonly HashSet<string> Repeatable = ["--facet"];

    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private CommandLine(string name) => Name = name;

    public string Name { get; }

    public List<string> Arguments { get; } = [];

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.GetValueOrDefault(option);

    public static CommandLine Parse(string[] args)
    {
        if (args.Length == 0)
        {
            return new CommandLine("sample");
        }

        if (args.Any(a => a is "--help" or "-h" or "help"))
        {
            return new CommandLine("help");
        }

        if (args[0] is "--version")
        {
            return new CommandLine("version");
        }

        var command = new CommandLine(args[0]);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (Flags.Contains(arg))
            {
                command._options[arg] = null;
            }
            else if (Valued.Contains(arg))
            {
                var value = i + 1 < args.Length ? args[++i] : throw new UsageException($"{arg} needs a value");
                command._options[arg] = Repeatable.Contains(arg) && command._options.TryGetValue(arg, out var earlier) ? $"{earlier},{value}" : value;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unknown option '{arg}'");
            }
            else
            {
                command.Arguments.Add(arg);
            }
        }

        return command;
    }

    /// <summary>The single input argument (a path or <c>-</c>).</summary>
    public string SingleInput()
    {
        return Arguments.Count switch
        {
            1 => Arguments[0],
            0 => throw new UsageException($"{Name} needs a FILE (or - for standard input)"),
            _ => throw new UsageException($"{Name} takes one FILE, got {Arguments.Count}"),
        };
    }
}
