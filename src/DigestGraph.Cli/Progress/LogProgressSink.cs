using DigestGraph.Progress;

namespace DigestGraph.Cli.Progress;

/// <summary>Progress as plain log lines (for redirected output): a line when a stage starts, at most one per interval while it runs, one when it ends.</summary>
public sealed class LogProgressSink(TextWriter output, StageClock clock, TimeProvider time, TimeSpan interval) : IProgress<StageProgress>
{
    private readonly Dictionary<string, long> _lastLine = new(StringComparer.Ordinal);
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Report(StageProgress value)
    {
        var (timing, first) = clock.Record(value);
        var now = time.GetTimestamp();
        lock (_lock)
        {
            if (first)
            {
                output.WriteLine($"[{value.Stage}] started{(value.Total is { } total ? $": {ProgressAmount.Format(total, value.Unit)}{(value.Unit == ProgressUnit.Items ? " items" : "")}" : "")}");
                _lastLine[value.Stage] = now;
            }
            if (_finished.Contains(value.Stage)) return;
            if (value.Completed)
            {
                output.WriteLine($"[{value.Stage}] done: {timing.Describe()}");
                _finished.Add(value.Stage);
            }
            else if (time.GetElapsedTime(_lastLine[value.Stage], now) >= interval)
            {
                output.WriteLine($"[{value.Stage}] {timing.Describe()}");
                _lastLine[value.Stage] = now;
            }
        }
    }
}
