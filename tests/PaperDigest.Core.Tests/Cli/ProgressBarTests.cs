using FluentAssertions;
using PaperDigest.Cli;

namespace PaperDigest.Tests.Cli;

/// <summary>The folder progress bar: counts only grow, rate and time left, output steps around it.</summary>
public sealed class ProgressBarTests
{
    private TimeSpan _now = TimeSpan.FromSeconds(1);

    [Fact]
    public void Shows_count_rate_and_time_left_and_never_goes_back()
    {
        var terminal = new StringWriter();
        using var bar = new ProgressBar(terminal, () => 100, () => _now);

        bar.Report(new DigestLoadProgress(3, 10, "/x/c.txt"));
        _now = TimeSpan.FromSeconds(2);
        bar.Report(new DigestLoadProgress(2, 10, "/x/b.txt")); // a worker reporting late

        bar.Render().Should().Be("[#######-----------------] 3/10 files  1.5/s  ETA 0:04  c.txt");
    }

    [Fact]
    public void Lines_written_during_the_run_clear_the_bar_first_and_redraw_it_after()
    {
        var terminal = new StringWriter();
        var bar = new ProgressBar(terminal, () => 100, () => _now);
        var output = bar.Wrap(terminal);

        bar.Report(new DigestLoadProgress(1, 2, "/x/a.txt"));
        output.WriteLine("a.txt: catalog");
        bar.Dispose();

        var drawn = "[############------------] 1/2 files  1.0/s  ETA 0:01  a.txt";
        var blank = new string(' ', drawn.Length);
        terminal.ToString().Should().Be($"\r{drawn}\r{blank}\ra.txt: catalog{Environment.NewLine}\r{drawn}\r{blank}\r");
    }

    [Fact]
    public void A_long_line_is_cut_to_the_terminal_width_counting_wide_characters_twice()
    {
        using var bar = new ProgressBar(new StringWriter(), () => 60, () => _now);

        bar.Report(new DigestLoadProgress(1, 4, "/x/一个很长很长很长很长的文件名.txt"));

        var line = bar.Render();
        line.Should().EndWith("…");
        line.Should().StartWith("[######------------------] 1/4 files");
        (line.Length + line.Count(c => c >= '\u4E00')).Should().BeLessThanOrEqualTo(59);
    }

    [Fact]
    public void No_bar_when_standard_error_is_not_a_terminal_or_there_is_one_file()
    {
        ProgressBar.Create(new StringWriter(), isTerminal: false, files: 10).Should().BeNull();
        ProgressBar.Create(new StringWriter(), isTerminal: true, files: 1).Should().BeNull();
    }
}
