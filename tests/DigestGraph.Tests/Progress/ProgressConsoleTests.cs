using DigestGraph.Cli.Progress;
using DigestGraph.Progress;
using Spectre.Console;

namespace DigestGraph.Tests.Progress;

/// <summary>Progress as a user sees it in a redirected log: start, throttled progress lines, end, and the timing summary.</summary>
public sealed class ProgressConsoleTests
{
    [Fact]
    public async Task Redirected_output_gets_throttled_lines_and_a_summary_with_each_stage_time_and_rate()
    {
        var time = new ManualTimeProvider();
        var log = new StringWriter();

        var result = await ProgressConsole.RunLoggedAsync(progress =>
        {
            for (var i = 1; i <= 100; i++)
            {
                time.Advance(TimeSpan.FromMilliseconds(100));
                progress.Report(new StageProgress("extract", i, 100));
            }
            progress.Report(StageProgress.Finished("extract", 100));
            time.Advance(TimeSpan.FromSeconds(1));
            progress.Report(new StageProgress("write", 0, null));
            time.Advance(TimeSpan.FromSeconds(4));
            progress.Report(StageProgress.Finished("write", 20));
            return Task.FromResult(42);
        }, log, time, TimeSpan.FromSeconds(2));

        Assert.Equal(42, result);
        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("[extract] started: 100 items", lines[0]);
        // 9.9 s of work reported every 0.1 s, at most one line per 2 s.
        Assert.Equal(4, lines.Count(l => l.StartsWith("[extract] ", StringComparison.Ordinal) && l.Contains("/100 in", StringComparison.Ordinal)));
        Assert.Contains("[extract] done: 100 in 9.90 s (10.1/s)", lines);
        Assert.Contains("[write] started", lines);
        Assert.Contains("[write] done: 20 in 4.00 s (5.0/s)", lines);
        Assert.Equal(
            ["summary:", "extract  100 in 9.90 s (10.1/s)", "write    20 in 4.00 s (5.0/s)", "total    15.00 s"],
            lines[^4..]);
    }

    [Fact]
    public async Task A_stage_left_unfinished_by_a_failure_is_marked_so_in_the_summary()
    {
        var time = new ManualTimeProvider();
        var log = new StringWriter();

        await Assert.ThrowsAsync<InvalidOperationException>(() => ProgressConsole.RunLoggedAsync<int>(progress =>
        {
            progress.Report(new StageProgress("neo4j", 0, 10));
            time.Advance(TimeSpan.FromSeconds(1));
            progress.Report(new StageProgress("neo4j", 3, 10));
            throw new InvalidOperationException("connection lost");
        }, log, time, TimeSpan.FromSeconds(2)));

        Assert.Contains("neo4j  3/10 in 1.00 s (3.0/s) (unfinished)", log.ToString());
    }

    [Fact]
    public async Task A_terminal_gets_live_bars_and_a_summary_table()
    {
        var (screen, console) = Terminal();

        var count = await ProgressConsole.RunLiveAsync(progress =>
            Task.FromResult(Enumerable.Range(0, 50).Track(progress, "parse <files>").Count()), console);

        Assert.Equal(50, count);
        var text = screen.ToString();
        Assert.Contains("parse <files>", text);
        Assert.Contains("50/50", text);
        Assert.Contains("summary", text);
    }

    [Fact]
    public async Task A_live_stage_of_unknown_total_counts_every_item_not_one()
    {
        var (screen, console) = Terminal();

        await ProgressConsole.RunLiveAsync(progress =>
            Task.FromResult(Unknown(2_000).Track(progress, "read").Count()), console);

        var text = screen.ToString();
        Assert.Contains("2,000/2,000", text);
        Assert.DoesNotContain(" 1/1 ", text);
    }

    [Fact]
    public async Task A_live_read_shows_bytes_against_their_total_with_its_note()
    {
        var (screen, console) = Terminal();

        await ProgressConsole.RunLiveAsync(progress =>
        {
            progress.Report(new StageProgress("read", 3 << 20, 6 << 20) { Unit = ProgressUnit.Bytes, Note = "1,000 lines, 1,000 papers" });
            progress.Report(new StageProgress("read", 6 << 20, 6 << 20, Completed: true) { Unit = ProgressUnit.Bytes, Note = "2,000 lines, 2,000 papers" });
            return Task.FromResult(0);
        }, console);

        var text = screen.ToString();
        Assert.Contains("6.0/6.0 MiB", text);
        Assert.Contains("2,000 lines, 2,000 papers", text);
    }

    private static (StringWriter Screen, IAnsiConsole Console) Terminal()
    {
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(screen), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes,
        });
        return (screen, console);
    }

    private static IEnumerable<int> Unknown(int count)
    {
        for (var i = 0; i < count; i++) yield return i;
    }
}
