using PaperDigest.Cli;

return CliApp.Run(args, Console.Out, Console.Error, Console.OpenStandardInput, stderrIsTerminal: !Console.IsErrorRedirected);
