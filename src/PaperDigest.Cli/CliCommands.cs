using System.CommandLine;

namespace PaperDigest.Cli;

/// <summary>
/// The command tree of <c>paperdigest</c> in System.CommandLine: every command, argument and option with its help
/// text, arity and accepted values, so help, per-command <c>--help</c>, validation and shell completions come from
/// one declaration. Each command's action hands its parsed values to the command class as a <see cref="CommandLine"/>.
/// </summary>
internal static class CliCommands
{
    public static readonly string[] Languages = ["en", "zh-Hans", "zh-Hant"];

    public static readonly string[] FacetKinds = ["tag", "category", "topic", "publisher", "format", "link", "language"];

    public static RootCommand Build(Func<CommandLine, int> run)
    {
        var root = new RootCommand("""
            paperdigest: read AI-research digests into typed paper records. Without a command it parses the built-in
            sample and prints a summary. 'paperdigest COMMAND --help' shows a command's options.

            Exit codes: 0 success, 1 strict parse failed or a score below the baseline, 2 bad option, malformed query
            or gold file, an unreadable file or directory, or input past a size limit.
            """);
        root.SetAction(result => run(new CommandLine("sample", result)));
        root.Subcommands.Add(Command("parse", "Parse a file (- reads standard input), or several files and folders in parallel.", run, Inputs("a file, - for standard input, or several files and folders (a folder is read with its subfolders)"), Format(), Json("print the document as JSON instead of a summary (one line per document when several are parsed)"), Flag("--summary", "print the summary only, without the table of papers"), Flag("--strict", "fail (exit 1) on any warning")));
        root.Subcommands.Add(Command("detect", "Show the detected layout, its score and every candidate.", run, Input("FILE|-", "a file, or - for standard input"), Json("print the detection as JSON")));
        root.Subcommands.Add(Command("tags", "Canonical tags, topics and categories with counts.", run, Inputs(), Language("preferred labels (default: en and zh-Hans)"), Flag("--unmapped", "list the raw labels no concept took, with counts"), Flag("--suggest", "write the unmapped labels grouped into proposed concepts as taxonomy JSON (evidence and counts in each \"note\"): review it, then load it with --taxonomy"), Valued("--audit", "JUDGEMENTS", "measure tag: queries against hand judgements of the labels (tests/taxonomy/*.concepts.tsv): recall and precision per concept, per entry and per label"), Taxonomy(), Json("print counts, canonical tags and unmapped labels as JSON")));
        root.Subcommands.Add(Command("query", "Entries matching a query, ranked, with facets.", run, Inputs(), Query(), Facet(), Language("facet labels (default en)"), Limit(), Taxonomy(), Json("print the hits (each entry as parse prints it, plus path, score and matches) and the facets as JSON")));
        root.Subcommands.Add(Command("export", "Write the papers in a reference or data format.", run, Inputs(), Valued("--to", "FORMAT", "bibtex, csljson, ris, csv, jsonl, markdown or parquet (docs/export.md)"), Valued("-o", "FILE", "write to FILE instead of standard output; for parquet a .parquet file, or a folder written as one partition per year"), Query(), Flag("--merge", "each paper once: the same arXiv id or title across documents is one record listing every source"), Taxonomy()));
        root.Subcommands.Add(Command("groups", "Entries across documents that describe the same paper.", run, Inputs(), Taxonomy(), Json("print the groups as JSON")));
        root.Subcommands.Add(Command("eval", "Score parses against gold files (docs/evaluation.md).", run, Input("GOLD_FILE|GOLD_DIR", "a gold file or a folder of them"), Valued("--corpus", "DIR", "the folder the gold files' inputs are relative to (default: $PAPERDIGEST_CORPUS)"), Json("every document's scores and failed checks as JSON"), Flag("--markdown", "the tables as Markdown (the README's Accuracy section)"), Valued("--baseline", "FILE", "exit 1 when any score is below the committed baseline"), Valued("--update-baseline", "FILE", "write the current scores as the new baseline")));
        return root;
    }

    private static Command Command(string name, string description, Func<CommandLine, int> run, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        command.SetAction(result => run(new CommandLine(name, result)));
        return command;
    }

    private static Argument<string[]> Inputs(string description = "files and folders (a folder is read with its subfolders)") => RejectingOptions(new Argument<string[]>("FILE|DIR")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    });

    private static Argument<string> Input(string helpName, string description) => RejectingOptions(new Argument<string>(helpName) { Description = description });

    // A mistyped option (--jsno) would otherwise be taken for a file name and reported as "file not found".
    private static T RejectingOptions<T>(T argument)
        where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith("--", StringComparison.Ordinal))
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        return argument;
    }

    private static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    private static Option<bool> Json(string description) => Flag("--json", description);

    private static Option<string> Valued(string name, string helpName, string description) => Valued([name], helpName, description);

    private static Option<string> Valued(string[] names, string helpName, string description) => new(names[0], names[1..]) { Description = description, HelpName = helpName };

    private static Option<string> Format() =>
        Valued("--format", "NAME", "parse as this layout (catalog, brief, tagged, blog, article) instead of detecting it");

    private static Option<string> Taxonomy() =>
        Valued("--taxonomy", "FILE", "merge a taxonomy JSON file (docs/taxonomy.md) into the built-in one");

    private static Option<string> Language(string description)
    {
        // Completions offer the three; the command also takes aliases (zh-CN, zh-TW) and says what it takes.
        var option = Valued("--lang", "LANG", description);
        option.CompletionSources.Add(Languages);
        return option;
    }

    // --query, with -q and the older --q as aliases.
    private static Option<string> Query() => Valued(["--query", "-q", "--q"], "QUERY",
        "e.g. \"tag:rlvr has:code\", \"category:推理与思维链 -tag:rlhf\", \"强化学习 OR RL\" (fields tag, category, topic, has, format, publisher, lang, arxiv, title; AND, OR, NOT, -, parentheses, \"phrases\"); without it every entry matches");

    private static Option<string[]> Facet()
    {
        var option = new Option<string[]>("--facet")
        {
            Description = "count the matches by tag, category, topic, publisher, format, link or language (repeat, or separate with commas)",
            HelpName = "KIND",
        };
        option.CompletionSources.Add(FacetKinds);
        return option;
    }

    private static Option<string> Limit() => Valued("--limit", "N", "show at most N hits (default 20; all with --json)");
}
