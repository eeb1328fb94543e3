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

    public const string Usage = """
        paperdigest: read AI-research digests into typed paper records.

        Usage:
          paperdigest                                 parse the built-in sample and print a summary
          paperdigest parse FILE|- [options]          parse a file (- reads standard input)
          paperdigest parse FILE|DIR... [options]     parse several files and directories in parallel
          paperdigest detect FILE|- [--json]          show the detected layout, its score and every candidate
          paperdigest tags FILE|DIR... [options]      canonical tags, topics and categories with counts
          paperdigest query FILE|DIR... [options]     entries matching a query, ranked, with facets
          paperdigest groups FILE|DIR... [--json]     entries across documents that describe the same paper
          paperdigest eval GOLD_FILE|GOLD_DIR [opts]  score parses against gold files (docs/evaluation.md)
          paperdigest --help | --version

        Options for parse:
          --format NAME   parse as this layout (catalog, ...) instead of detecting it
          --json          print the document as JSON instead of a summary (one line per document
                          when several are parsed)
          --strict        fail (exit 1) on any warning

        Options for tags:
          --lang LANG     preferred labels in en, zh-Hans or zh-Hant (default: en and zh-Hans)
          --unmapped      list the raw labels no concept took, with counts
          --suggest       write the unmapped labels grouped into proposed concepts as taxonomy
                          JSON (evidence and counts in each "note"): review it, then load it
                          with --taxonomy
          --taxonomy FILE merge a taxonomy JSON file (docs/taxonomy.md) into the built-in one
          --json          print counts, canonical tags and unmapped labels as JSON

        Options for query (and --taxonomy, --json for groups):
          --q QUERY       e.g. "tag:rlvr has:code", "category:推理与思维链 -tag:rlhf", "强化学习 OR RL"
                          (fields tag, category, topic, has, format, publisher, lang, arxiv, title;
                          AND, OR, NOT, -, parentheses, "phrases"); without it every entry matches
          --facet KIND    count the matches by tag, category, topic, publisher, format, link or
                          language (repeat or separate with commas)
          --lang LANG     facet labels in en, zh-Hans or zh-Hant (default en)
          --limit N       show at most N hits (default 20; all with --json)
          --json          print the hits (each entry as parse prints it, plus path, score and
                          matches) and the facets as JSON

        Options for eval:
          --corpus DIR    the folder the gold files' inputs are relative to (default: $PAPERDIGEST_CORPUS)
          --json          every document's scores and failed checks as JSON
          --markdown      the tables as Markdown (the README's Accuracy section)
          --baseline FILE exit 1 when any score is below the committed baseline
          --update-baseline FILE
                          write the current scores as the new baseline

        Exit codes: 0 success, 1 strict parse failed or a score below the baseline, 2 bad option,
        malformed query or gold file, an unreadable file or directory, or input past a size limit.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdin, bool stderrIsTerminal = false)
    {
        // Text from the input (titles, file names) reaches the terminal only without its control characters.
        stdout = TerminalSafeWriter.Wrap(stdout);
        stderr = TerminalSafeWriter.Wrap(stderr);
        try
        {
            var command = CommandLine.Parse(args);
            return command.Name switch
            {
                "help" => Print(stdout, Usage),
                "version" => Print(stdout, typeof(Digest).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"),
                "sample" => ParseCommand.RunSample(stdout, stderr),
                "parse" => ParseCommand.Run(command, stdout, stderr, openStdin, stderrIsTerminal),
                "detect" => DetectCommand.Run(command, stdout, openStdin),
                "tags" => TagsCommand.Run(command, stdout, stderr),
                "query" => QueryCommand.Run(command, stdout, stderr),
                "groups" => GroupsCommand.Run(command, stdout, stderr),
                "eval" => Evaluation.EvalCommand.Run(command, stdout, stderr),
                _ => throw new UsageException($"unknown command '{command.Name}'"),
            };
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

    private static int Print(TextWriter stdout, string text)
    {
        stdout.WriteLine(text);
        return Ok;
    }
}
