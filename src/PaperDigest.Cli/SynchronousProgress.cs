namespace PaperDigest.Cli;

/// <summary>Reports progress on the reporting thread (the console line is written under a lock), unlike <see cref="Progress{T}"/> which posts to a context.</summary>
internal sealed class SynchronousProgress(Action<DigestLoadProgress> report) : IProgress<DigestLoadProgress>
{
    private readonly Lock _gate = new();

    public void Report(DigestLoadProgress value)
    {
        lock (_gate)
        {
            report(value);
        }
    }
}
