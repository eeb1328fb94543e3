using PaperDigest.Fuzz;
using SharpFuzz;

// PaperDigest.Fuzz TARGET [--corpus FILE]             run under afl-fuzz (see fuzz.sh)
// PaperDigest.Fuzz TARGET --replay FILE|DIR [--corpus FILE]   run saved inputs once each, without afl-fuzz
// PaperDigest.Fuzz hostile OUT_DIR                      write the round-two hostile inputs (see hostile.sh)
if (args is ["hostile", var hostileDir])
{
    System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    return HostileInputs.Write(hostileDir);
}

if (args.Length == 0 || !FuzzTargets.TryGet(args[0], out var target))
{
    Console.Error.WriteLine($"usage: PaperDigest.Fuzz {string.Join('|', FuzzTargets.Names)} [--replay FILE|DIR] [--corpus FILE]");
    return 2;
}

var corpusPath = OptionValue(args, "--corpus");
if (corpusPath is not null)
{
    FuzzTargets.UseQueryCorpus(File.ReadAllText(corpusPath));
}

var replay = OptionValue(args, "--replay");
if (replay is not null)
{
    return Replay.Run(target, replay);
}

Fuzzer.Run(stream => target(ReadAll(stream)));
return 0;

static string? OptionValue(string[] args, string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static byte[] ReadAll(Stream stream)
{
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}
