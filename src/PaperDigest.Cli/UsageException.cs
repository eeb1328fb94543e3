namespace PaperDigest.Cli;

/// <summary>A bad command line or a missing input file: exit code 2 with a one-line message.</summary>
internal sealed class UsageException(string message) : Exception(message);
