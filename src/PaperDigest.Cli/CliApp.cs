using System.CommandLine;
using System.CommandLine.Invocation;

namespace PaperDigest.Cli;

/// <summary>The <c>paperdigest</c> command: dispatches to a command and maps failures to exit codes.</summary>
internal static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when a strict parse fails.</summary>
    public const int ParseFailed = 1;

    /// <summary>Exit code for a bad option or an unreadable file.</summary>
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdin, bool stderrIsTerminal = false)
    {
        // Text from the input (titles, file names) reaches the terminal only without its control characters.
        stdout = TerminalSafeWriter.Wrap(stdout);
        stderr = TerminalSafeWriter.Wrap(stderr);
        try
        {
            var root = CliCommands.Build(command => command.Name switch
            {
                "sample" => ParseCommand.RunSample(stdout, stderr),
                "parse" => ParseCommand.Run(command, stdout, stderr, openStdin, stderrIsTerminal),
                "detect" => DetectCommand.Run(command, stdout, openStdin),
                "tags" => TagsCommand.Run(command, stdout, stderr, stderrIsTerminal),
                "query" => QueryCommand.Run(command, stdout, stderr, stderrIsTerminal),
                "groups" => GroupsCommand.Run(command, stdout, stderr, stderrIsTerminal),
                "export" => ExportCommand.Run(command, stdout, stderr, stderrIsTerminal),
                "eval" => Evaluation.EvalCommand.Run(command, stdout, stderr),
                _ => throw new UsageException($"unknown command '{command.Name}'"),
            });
            var parsed = root.Parse(args);
            if (parsed.Action is ParseErrorAction)
            {
                // One line, our exit code for usage errors; help stays one flag away.
                throw new UsageException(string.Join(' ', parsed.Errors[0].Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)));
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"paperdigest: {ex.Message} (see paperdigest --help)");
            return UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"paperdigest: cannot read input: {ex.Message}");
            return UsageError;
        }
        catch (DigestParseException ex)
        {
            // A strict parse that failed carries its document; an input past a size limit has none and is
            // a refused input, like an unreadable file.
            stderr.WriteLine($"paperdigest: {ex.Message}");
            return ex.Document is null ? UsageError : ParseFailed;
        }
    }
}
