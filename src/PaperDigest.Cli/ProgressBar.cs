using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PaperDigest.Cli;

/// <summary>
/// A one-line progress bar on a terminal's standard error while many files load in parallel: a bar, the files done
/// of all, the rate, the time left and the file last finished. Reports arrive from worker threads in any order; the
/// count shown only grows. Anything the command writes meanwhile goes through <see cref="Wrap"/>, which clears the
/// bar first and draws it again after the line, so output and bar never mix. Redrawn at most ten times a second.
/// </summary>
internal sealed class ProgressBar : IProgress<DigestLoadProgress>, IDisposable
{
    private const int BarCells = 24;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly TextWriter _terminal;
    private readonly Func<int> _width;
    private readonly Func<TimeSpan> _elapsed;
    private int _completed;
    private int _total;
    private string _last = "";
    private TimeSpan? _drawnAt;
    private int _visibleWidth;

    internal ProgressBar(TextWriter terminal, Func<int> width, Func<TimeSpan> elapsed)
    {
        _terminal = terminal;
        _width = width;
        _elapsed = elapsed;
    }

    /// <summary>A bar on <paramref name="stderr"/> when it is a terminal and there is more than one file; otherwise none.</summary>
    public static ProgressBar? Create(TextWriter stderr, bool isTerminal, int files)
    {
        if (!isTerminal || files < 2)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        return new ProgressBar(stderr, TerminalWidth, () => clock.Elapsed);
    }

    public void Report(DigestLoadProgress value)
    {
        lock (_gate)
        {
            _total = value.Total;
            if (value.Completed > _completed)
            {
                _completed = value.Completed;
                _last = Path.GetFileName(value.Path);
            }

            var now = _elapsed();
            if (_completed == _total || _drawnAt is null || now - _drawnAt >= RedrawInterval)
            {
                _drawnAt = now;
                Draw();
            }
        }
    }

    /// <summary>A writer for output during the run (on the same terminal): the bar steps aside for each line.</summary>
    public TextWriter Wrap(TextWriter writer) => new StepAsideWriter(this, writer);

    /// <summary>Clears the bar: the run is over.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            Clear();
            _total = 0;
        }
    }

    /// <summary>The line as drawn now (for tests and for <see cref="Draw"/>).</summary>
    internal string Render()
    {
        var elapsed = _elapsed();
        var culture = CultureInfo.InvariantCulture;
        var filled = _total == 0 ? 0 : (int)((long)BarCells * _completed / _total);
        var line = new StringBuilder()
            .Append('[').Append('#', filled).Append('-', BarCells - filled).Append("] ")
            .Append(culture, $"{_completed}/{_total} files");
        if (_completed > 0 && elapsed > TimeSpan.Zero)
        {
            var rate = _completed / elapsed.TotalSeconds;
            var left = TimeSpan.FromSeconds((_total - _completed) / rate);
            line.Append(culture, $"  {rate:0.0}/s  ETA {(int)left.TotalMinutes}:{left.Seconds:00}");
        }

        if (_last.Length > 0)
        {
            line.Append("  ").Append(_last);
        }

        return Fit(line.ToString(), _width() - 1);
    }

    private void Draw()
    {
        if (_total == 0)
        {
            return;
        }

        var line = Render();
        var width = DisplayWidth.Of(line);
        _terminal.Write('\r' + line + new string(' ', Math.Max(0, _visibleWidth - width)));
        _terminal.Flush();
        _visibleWidth = width;
    }

    private void Clear()
    {
        if (_visibleWidth > 0)
        {
            _terminal.Write('\r' + new string(' ', _visibleWidth) + '\r');
            _terminal.Flush();
            _visibleWidth = 0;
        }
    }

    // Cut to the terminal's width in columns (CJK file names take two), so the line never wraps.
    private static string Fit(string line, int columns)
    {
        if (DisplayWidth.Of(line) <= columns)
        {
            return line;
        }

        var builder = new StringBuilder();
        var used = 0;
        foreach (var c in line)
        {
            var width = DisplayWidth.Of(c.ToString());
            if (used + width > columns - 1)
            {
                break;
            }

            builder.Append(c);
            used += width;
        }

        return builder.Append('…').ToString();
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 20 and var width ? width : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    /// <summary>Clears the bar before text and draws it again once a line is complete.</summary>
    private sealed class StepAsideWriter(ProgressBar bar, TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            lock (bar._gate)
            {
                bar.Clear();
                inner.Write(value);
                if (value.EndsWith('\n'))
                {
                    inner.Flush();
                    bar.Draw();
                }
            }
        }

        public override void WriteLine(string? value) => Write(value + NewLine);

        public override void WriteLine() => Write(NewLine);

        public override void Flush() => inner.Flush();
    }
}
