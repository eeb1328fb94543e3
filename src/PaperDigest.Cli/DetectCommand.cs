using System.Globalization;
using PaperDigest.Serialization;

namespace PaperDigest.Cli;

/// <summary><c>paperdigest detect</c>: the chosen layout, its score and every candidate with its reason.</summary>
internal static class DetectCommand
{
    public static int Run(CommandLine command, TextWriter stdout, Func<Stream> openStdin)
    {
        using var input = InputReader.Open(command.SingleInput(), openStdin);
        var detection = Digest.Detect(input);
        if (command.Has("--json"))
        {
            stdout.WriteLine(DigestJson.Serialize(detection, indented: true));
            return CliApp.Ok;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"format: {detection.Format} (score {detection.Score:0.00})"));
        stdout.WriteLine("candidates:");
        foreach (var candidate in detection.Candidates)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {candidate.Format,-10} {candidate.Score:0.00}  {candidate.Reason}"));
        }

        if (detection.Structure is { } structure)
        {
            stdout.WriteLine("structure: " + structure);
        }

        return CliApp.Ok;
    }
}
