using System.CommandLine;

namespace PaperDigest.Cli;

/// <summary>
/// One command as System.CommandLine parsed it (<see cref="CliCommands"/>): its name, its inputs and its options by
/// name. The commands read their values through this view, so they do not depend on the parser's types.
/// </summary>
internal sealed class CommandLine(string name, ParseResult result)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Arguments { get; } = Inputs(result);

    /// <summary>Whether a flag (<c>--json</c>) was given.</summary>
    public bool Has(string option) => result.GetResult(option) is not null && (!IsFlag(option) || result.GetValue<bool>(option));

    /// <summary>An option's value; a repeated option's values joined with commas (<c>--facet tag --facet topic</c>).</summary>
    public string? Value(string option) => result.GetResult(option) is null ? null
        : ValueType(option) == typeof(string[])
            ? string.Join(',', result.GetValue<string[]>(option) ?? [])
            : result.GetValue<string>(option);

    /// <summary>The single input argument (a path or <c>-</c>).</summary>
    public string SingleInput() => Arguments.Count switch
    {
        1 => Arguments[0],
        0 => throw new UsageException($"{Name} needs a FILE (or - for standard input)"),
        _ => throw new UsageException($"{Name} takes one FILE, got {Arguments.Count}"),
    };

    private bool IsFlag(string option) => ValueType(option) == typeof(bool);

    private Type? ValueType(string option) => result.CommandResult.Command.Options.FirstOrDefault(o => o.Name == option)?.ValueType;

    // Each command has one argument: its input (FILE|-), or its inputs (FILE|DIR...).
    private static string[] Inputs(ParseResult result) => result.CommandResult.Command.Arguments.FirstOrDefault() switch
    {
        null => [],
        Argument<string> one => result.GetValue(one) is { } value ? [value] : [],
        Argument<string[]> many => result.GetValue(many) ?? [],
        _ => [],
    };
}
