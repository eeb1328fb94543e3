using PaperDigest;
using PaperDigest.Cli;

// The built-in taxonomy loads on a second core while the first reads and decodes the input and parses its markup;
// a pipeline asks for it only when tags are resolved.
if (args is ["parse" or "tags" or "query" or "groups", ..] && !args.Contains("--taxonomy"))
{
    ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = TagTaxonomy.BuiltIn, null);
}

return CliApp.Run(args, Console.Out, Console.Error, Console.OpenStandardInput, stderrIsTerminal: !Console.IsErrorRedirected);
