using DigestGraph.Progress;
using Spectre.Console;

namespace DigestGraph.Cli.Progress;

/// <summary>
/// Runs long work while showing its stages' progress on stderr: live bars with counts and rate on a terminal, plain
/// log lines when stderr is redirected, then a summary with each stage's time. Usage:
/// <c>var graph = await ProgressConsole.RunAsync(stderr, progress => Task.Run(() => Build(paths, progress)));</c>
/// </summary>
public static class ProgressConsole
{
    public static Task RunAsync(TextWriter error, Func<IProgress<StageProgress>, Task> work) =>
        RunAsync<bool>(error, async progress => { await work(progress); return true; });

    /// <summary>Live bars when <paramref name="error"/> is the process's stderr on a terminal, log lines otherwise.</summary>
    public static Task<T> RunAsync<T>(TextWriter error, Func<IProgress<StageProgress>, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        var live = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && console.Profile.Capabilities.Interactive;
        return live ? RunLiveAsync(work, console) : RunLoggedAsync(work, error, TimeProvider.System, TimeSpan.FromSeconds(2));
    }

    /// <summary>Plain-line progress and summary into <paramref name="output"/>.</summary>
    public static async Task<T> RunLoggedAsync<T>(Func<IProgress<StageProgress>, Task<T>> work, TextWriter output, TimeProvider time, TimeSpan interval)
    {
        var clock = new StageClock(time);
        try
        {
            return await work(new LogProgressSink(output, clock, time, interval));
        }
        finally
        {
            foreach (var line in ProgressSummary.Lines(clock.Timings(), clock.Elapsed))
                output.WriteLine(line);
        }
    }

    /// <summary>Live bars and a summary table on <paramref name="console"/>.</summary>
    public static async Task<T> RunLiveAsync<T>(Func<IProgress<StageProgress>, Task<T>> work, IAnsiConsole console)
    {
        var clock = new StageClock(TimeProvider.System);
        try
        {
            return await console.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentColumn(), new CountColumn(), new RateColumn(), new ElapsedTimeColumn())
                .StartAsync(context => work(new LiveProgressSink(context, clock)));
        }
        finally
        {
            var timings = clock.Timings();
            if (timings.Count > 0) console.Write(ProgressSummary.Table(timings, clock.Elapsed));
        }
    }
}
